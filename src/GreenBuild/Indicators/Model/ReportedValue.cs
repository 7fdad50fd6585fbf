using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Indicators.Model;

/// <summary>
/// One value of a city report. Stored as <c>decimal</c>; SQLite cannot sum or order decimals in SQL, so
/// every aggregation of values happens in memory (at most 11 cities × a few years × ~16 indicators).
/// </summary>
public sealed class ReportedValue
{
    public Guid ReportId { get; set; }

    public required string IndicatorCode { get; set; }

    public decimal Value { get; set; }
}

internal sealed class ReportedValueConfiguration : IEntityTypeConfiguration<ReportedValue>
{
    public void Configure(EntityTypeBuilder<ReportedValue> builder)
    {
        builder.ToTable("indicator_reported_values");
        builder.HasKey(v => new { v.ReportId, v.IndicatorCode });
        builder.Property(v => v.IndicatorCode).HasMaxLength(40);
        builder.Property(v => v.Value).HasPrecision(18, 4);
    }
}
