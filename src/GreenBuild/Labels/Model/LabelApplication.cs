using GreenBuild.Platform.Accounts;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 绿色建筑标识申报 — an applicant's application for a star label on one of its completed registry projects.
/// The project's facts are copied at creation so the application stays readable as it was filed; its
/// self-assessment lives in numbered <see cref="ApplicationVersion"/>s (a change after submission is a new version).
/// </summary>
public sealed class LabelApplication : ICityScoped, IOrganizationScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>申报编号, e.g. LA-2026-0007 (year of creation in Asia/Shanghai, sequence within the year).</summary>
    public required string Number { get; set; }

    public Guid ProjectId { get; set; }

    public required string ProjectCode { get; set; }

    public required string ProjectName { get; set; }

    public required string CityCode { get; set; }

    /// <summary>申报单位 — the project's owner organization.</summary>
    public Guid OrganizationId { get; set; }

    public required string OrganizationName { get; set; }

    public decimal FloorArea { get; set; }

    public bool IsResidential { get; set; }

    public GreenLevel TargetLevel { get; set; }

    public ApplicationStatus Status { get; set; }

    /// <summary>The version now being edited or reviewed (1-based).</summary>
    public int CurrentVersion { get; set; } = 1;

    /// <summary>The calculator's level of the current version's self-assessment.</summary>
    public GreenLevel ExpectedLevel { get; set; }

    /// <summary>参与单位 — design, construction, consultancy organizations of the project (comma-separated ids); their experts are avoided.</summary>
    public string Participants { get; set; } = "";

    public string? ReturnReasons { get; set; }

    /// <summary>After a return, the date by which the applicant must resubmit (deadline).</summary>
    public DateTime? ResubmitByUtc { get; set; }

    /// <summary>专家组结论等级.</summary>
    public GreenLevel? PanelLevel { get; set; }

    public string? DecisionReason { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public bool IsDemo { get; set; }

    public IReadOnlyList<Guid> ParticipantIds() =>
        [.. Participants.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];
}

internal sealed class LabelApplicationConfiguration : IEntityTypeConfiguration<LabelApplication>
{
    public void Configure(EntityTypeBuilder<LabelApplication> builder)
    {
        builder.ToTable("label_applications");
        builder.Property(a => a.Number).HasMaxLength(20);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.ProjectCode).HasMaxLength(40);
        builder.Property(a => a.ProjectName).HasMaxLength(200);
        builder.Property(a => a.CityCode).HasMaxLength(6);
        builder.Property(a => a.OrganizationName).HasMaxLength(200);
        builder.Property(a => a.TargetLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ExpectedLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.PanelLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Participants).HasMaxLength(2000);
        builder.Property(a => a.ReturnReasons).HasMaxLength(2000);
        builder.Property(a => a.DecisionReason).HasMaxLength(2000);
        builder.Property(a => a.CreatedBy).HasMaxLength(200);
        builder.HasIndex(a => a.ProjectId);
        builder.HasIndex(a => a.OrganizationId);
        builder.HasIndex(a => a.CityCode);
        builder.HasIndex(a => a.Status);
    }
}
