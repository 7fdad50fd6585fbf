using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Indicators.Model;

/// <summary>
/// 考核结果 — a scheme run for a year: the ranked table with each city's breakdown, kept as JSON so that a
/// published result stays exactly as published (frozen) whatever reports change later.
/// </summary>
public sealed class AssessmentRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SchemeId { get; set; }

    public int Year { get; set; }

    public bool IsPublished { get; set; }

    public required string ResultJson { get; set; }

    public required string RunBy { get; set; }

    public DateTime RunAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    public DateTime? PublishedAtUtc { get; set; }
}

internal sealed class AssessmentRunConfiguration : IEntityTypeConfiguration<AssessmentRun>
{
    public void Configure(EntityTypeBuilder<AssessmentRun> builder)
    {
        builder.ToTable("indicator_assessment_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RunBy).HasMaxLength(200);
        builder.Property(r => r.PublishedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.SchemeId, r.Year }).IsUnique();
    }
}
