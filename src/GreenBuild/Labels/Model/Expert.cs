using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 评审专家 — an entry of the label expert pool: an expert account, its organization (for avoidance of the own
/// organization) and specialty; <see cref="Code"/> is the id on the published candidate lists.
/// </summary>
public sealed class Expert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>专家编号 on the candidate lists, e.g. ZJ-0007.</summary>
    public required string Code { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public Guid? OrganizationId { get; set; }

    public Specialty Specialty { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Registry project codes the expert took part in (comma-separated): avoided for those projects.</summary>
    public string InvolvedProjectCodes { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public IReadOnlyList<string> InvolvedProjects() => [.. InvolvedProjectCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> builder)
    {
        builder.ToTable("label_experts");
        builder.Property(e => e.Code).HasMaxLength(20);
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.HasIndex(e => e.UserId).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.Specialty).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.InvolvedProjectCodes).HasMaxLength(2000);
    }
}
