using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 申报版本 — one version of an application's GB/T 50378 self-assessment with the calculator's expected level
/// and its explanation. A submitted version is never changed again; editing after submission adds the next one.
/// </summary>
public sealed class ApplicationVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public int Version { get; set; }

    /// <summary>The <see cref="SelfAssessment"/> as JSON.</summary>
    public required string AssessmentJson { get; set; }

    public GreenLevel ExpectedLevel { get; set; }

    public decimal TotalScore { get; set; }

    /// <summary>The calculator's explanation (steps, shortfalls, reference versions) as JSON.</summary>
    public required string ExplanationJson { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }
}

internal sealed class ApplicationVersionConfiguration : IEntityTypeConfiguration<ApplicationVersion>
{
    public void Configure(EntityTypeBuilder<ApplicationVersion> builder)
    {
        builder.ToTable("label_application_versions");
        builder.HasIndex(v => new { v.ApplicationId, v.Version }).IsUnique();
        builder.Property(v => v.ExpectedLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.CreatedBy).HasMaxLength(200);
        builder.HasOne<LabelApplication>().WithMany().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
