using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Indicators.Model;

/// <summary>
/// 规划指标 — one target of a plan: its 2020 baseline (or none, "未给出"), its target, how it is obtained and
/// where in the plan it stands, with the line of the plan text each figure was read from.
/// </summary>
public sealed class Indicator
{
    public required string Code { get; set; }

    public required string PlanCode { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    public required string Unit { get; set; }

    public Direction Direction { get; set; }

    public Measure Measure { get; set; }

    public Aggregation Aggregation { get; set; }

    public ObtainedBy ObtainedBy { get; set; }

    /// <summary>The named query in <c>Indicators/Sources/</c> that computes a <see cref="ObtainedBy.Computed"/> indicator.</summary>
    public string? Query { get; set; }

    /// <summary>Plan section, e.g. 三（三）.</summary>
    public required string Section { get; set; }

    /// <summary>One of the seven indicators of the 专栏 table.</summary>
    public bool InColumnTable { get; set; }

    /// <summary>Shown on the public portal.</summary>
    public bool IsPublic { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Smallest and largest value a city may report (validation).</summary>
    public decimal MinValue { get; set; }

    public decimal MaxValue { get; set; }

    public decimal? BaselineValue { get; set; }

    /// <summary>"未给出" when the plan gives no baseline, or what the baseline value stands for.</summary>
    public string? BaselineNote { get; set; }

    public int? BaselineLine { get; set; }

    public string? BaselineQuote { get; set; }

    public decimal? TargetValue { get; set; }

    public string? TargetNote { get; set; }

    public int? TargetLine { get; set; }

    public string? TargetQuote { get; set; }

    /// <summary>The province's target applies to every city unless a city has its own (shares and "each city at least").</summary>
    public bool TargetAppliesToEachCity { get; set; }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.PlanCode).HasMaxLength(40);
        builder.Property(i => i.NameZh).HasMaxLength(200);
        builder.Property(i => i.NameEn).HasMaxLength(300);
        builder.Property(i => i.Unit).HasMaxLength(20);
        builder.Property(i => i.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Measure).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Aggregation).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ObtainedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Query).HasMaxLength(100);
        builder.Property(i => i.Section).HasMaxLength(40);
        builder.Property(i => i.BaselineNote).HasMaxLength(300);
        builder.Property(i => i.BaselineQuote).HasMaxLength(500);
        builder.Property(i => i.TargetNote).HasMaxLength(300);
        builder.Property(i => i.TargetQuote).HasMaxLength(500);
        builder.Property(i => i.MinValue).HasPrecision(18, 4);
        builder.Property(i => i.MaxValue).HasPrecision(18, 4);
        builder.Property(i => i.BaselineValue).HasPrecision(18, 4);
        builder.Property(i => i.TargetValue).HasPrecision(18, 4);
        builder.HasIndex(i => i.PlanCode);
    }
}
