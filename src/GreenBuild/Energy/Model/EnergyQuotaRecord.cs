using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Energy.Model;

/// <summary>
/// 能耗定额 — the electricity quota per m² and year the province sets for a building type in a city (or for the
/// whole province when <see cref="CityCode"/> is empty), with optional 约束值/引导值 for types GB/T 51161's
/// reference table lacks.
/// </summary>
public sealed class EnergyQuotaRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    /// <summary>Prefecture code, or "" for the province-wide default.</summary>
    public required string CityCode { get; set; }

    public PublicBuildingType BuildingType { get; set; }

    /// <summary>定额, kWh/(m²·a).</summary>
    public decimal QuotaKwhPerM2 { get; set; }

    public decimal? Constraint { get; set; }

    public decimal? Guide { get; set; }

    /// <summary>The document that set it (e.g. 晋建科字〔2024〕12号).</summary>
    public required string Source { get; set; }

    public DateTime SetAtUtc { get; set; }

    public required string SetBy { get; set; }
}

/// <summary>超定额加价标准 — the surcharge tiers and unit price the province sets for a year.</summary>
public sealed class SurchargeScheduleRecord
{
    public int Year { get; set; }

    public required string Version { get; set; }

    /// <summary>元/kWh the surcharge percentages apply to.</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>JSON array of {overFromPercent, overToPercent, priceIncreasePercent}.</summary>
    public required string TiersJson { get; set; }

    public required string Source { get; set; }

    public DateTime SetAtUtc { get; set; }
}

internal sealed class EnergyQuotaRecordConfiguration : IEntityTypeConfiguration<EnergyQuotaRecord>
{
    public void Configure(EntityTypeBuilder<EnergyQuotaRecord> builder)
    {
        builder.ToTable("energy_quotas");
        builder.Property(q => q.CityCode).HasMaxLength(6);
        builder.Property(q => q.BuildingType).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(q => new { q.Year, q.CityCode, q.BuildingType }).IsUnique();
        builder.Property(q => q.QuotaKwhPerM2).HasPrecision(10, 2);
        builder.Property(q => q.Constraint).HasPrecision(10, 2);
        builder.Property(q => q.Guide).HasPrecision(10, 2);
        builder.Property(q => q.Source).HasMaxLength(300);
        builder.Property(q => q.SetBy).HasMaxLength(200);
    }
}

internal sealed class SurchargeScheduleRecordConfiguration : IEntityTypeConfiguration<SurchargeScheduleRecord>
{
    public void Configure(EntityTypeBuilder<SurchargeScheduleRecord> builder)
    {
        builder.ToTable("energy_surcharge_schedules");
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
        builder.Property(s => s.Version).HasMaxLength(40);
        builder.Property(s => s.UnitPrice).HasPrecision(10, 4);
        builder.Property(s => s.TiersJson).HasColumnType("text");
        builder.Property(s => s.Source).HasMaxLength(300);
    }
}
