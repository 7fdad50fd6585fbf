using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Indicators.Model;

/// <summary>One indicator of an assessment scheme with its weight (weights sum to 100) and scoring rule.</summary>
public sealed class AssessmentItem
{
    public Guid SchemeId { get; set; }

    public required string IndicatorCode { get; set; }

    public decimal Weight { get; set; }

    public ScoringRule Rule { get; set; }

    /// <summary>For <see cref="ScoringRule.Thresholds"/>: "ratio%:score%" pairs, e.g. "100:100,80:80,60:60".</summary>
    public string? Thresholds { get; set; }
}

internal sealed class AssessmentItemConfiguration : IEntityTypeConfiguration<AssessmentItem>
{
    public void Configure(EntityTypeBuilder<AssessmentItem> builder)
    {
        builder.ToTable("indicator_assessment_items");
        builder.HasKey(i => new { i.SchemeId, i.IndicatorCode });
        builder.Property(i => i.IndicatorCode).HasMaxLength(40);
        builder.Property(i => i.Weight).HasPrecision(9, 4);
        builder.Property(i => i.Rule).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Thresholds).HasMaxLength(200);
    }
}
