using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Indicators.Model;

/// <summary>目标分解 — a city's own target for an indicator (e.g. prefab share 40% for 太原 and 大同).</summary>
public sealed class CityTarget
{
    public required string IndicatorCode { get; set; }

    /// <summary>GB/T 2260 code of the prefecture-level city.</summary>
    public required string CityCode { get; set; }

    public decimal Value { get; set; }

    public int? SourceLine { get; set; }

    public string? SourceQuote { get; set; }
}

internal sealed class CityTargetConfiguration : IEntityTypeConfiguration<CityTarget>
{
    public void Configure(EntityTypeBuilder<CityTarget> builder)
    {
        builder.ToTable("indicator_city_targets");
        builder.HasKey(t => new { t.IndicatorCode, t.CityCode });
        builder.Property(t => t.IndicatorCode).HasMaxLength(40);
        builder.Property(t => t.CityCode).HasMaxLength(6);
        builder.Property(t => t.Value).HasPrecision(18, 4);
        builder.Property(t => t.SourceQuote).HasMaxLength(500);
    }
}
