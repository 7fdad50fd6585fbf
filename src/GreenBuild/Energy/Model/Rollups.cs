using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Energy.Model;

/// <summary>月/年汇总 — a meter's month (Month 1–12) or year (Month 0): the sums of its day rows.</summary>
public sealed class MeterPeriod
{
    public Guid MeterId { get; set; }

    public int Year { get; set; }

    /// <summary>1–12, or 0 for the whole year.</summary>
    public int Month { get; set; }

    public long EnergyMilli { get; set; }

    public int Valid { get; set; }

    public int Expected { get; set; }

    public int Excluded { get; set; }

    public int Days { get; set; }
}

/// <summary>建筑分类分项汇总 — a building's energy by sub-metering code for a month (1–12) or year (0).</summary>
public sealed class BuildingPeriod
{
    public Guid BuildingId { get; set; }

    public required string ItemCode { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public long EnergyMilli { get; set; }
}

/// <summary>
/// 建筑年度能耗 — a building's year by the three carriers the ranking uses (电 01000, 集中供热 04000, 燃气 03000), in
/// thousandths: each equals the building's yearly <see cref="BuildingPeriod"/> row of that code (Month 0), maintained
/// at ingest from the same changes, so the ranking reads one row per building with no GROUP BY.
/// </summary>
public sealed class BuildingYear
{
    public Guid BuildingId { get; set; }

    public int Year { get; set; }

    public long ElectricityMilli { get; set; }

    public long HeatMilli { get; set; }

    public long GasMilli { get; set; }
}

/// <summary>城市与类型汇总 — energy by prefecture, building type and code for a year.</summary>
public sealed class AreaYear
{
    public required string CityCode { get; set; }

    public required string BuildingType { get; set; }

    public required string ItemCode { get; set; }

    public int Year { get; set; }

    public long EnergyMilli { get; set; }
}

internal sealed class MeterPeriodConfiguration : IEntityTypeConfiguration<MeterPeriod>
{
    public void Configure(EntityTypeBuilder<MeterPeriod> builder)
    {
        builder.ToTable("energy_meter_periods");
        builder.HasKey(p => new { p.MeterId, p.Year, p.Month });
    }
}

internal sealed class BuildingPeriodConfiguration : IEntityTypeConfiguration<BuildingPeriod>
{
    public void Configure(EntityTypeBuilder<BuildingPeriod> builder)
    {
        builder.ToTable("energy_building_periods");
        builder.HasKey(p => new { p.BuildingId, p.ItemCode, p.Year, p.Month });
        builder.Property(p => p.ItemCode).HasMaxLength(5);
        builder.HasIndex(p => new { p.Year, p.Month });
    }
}

internal sealed class BuildingYearConfiguration : IEntityTypeConfiguration<BuildingYear>
{
    public void Configure(EntityTypeBuilder<BuildingYear> builder)
    {
        builder.ToTable("energy_building_years");
        // The ranking reads a year's rows: Year first.
        builder.HasKey(p => new { p.Year, p.BuildingId });
    }
}

internal sealed class AreaYearConfiguration : IEntityTypeConfiguration<AreaYear>
{
    public void Configure(EntityTypeBuilder<AreaYear> builder)
    {
        builder.ToTable("energy_area_years");
        builder.HasKey(p => new { p.CityCode, p.BuildingType, p.ItemCode, p.Year });
        builder.Property(p => p.CityCode).HasMaxLength(6);
        builder.Property(p => p.BuildingType).HasMaxLength(30);
        builder.Property(p => p.ItemCode).HasMaxLength(5);
    }
}
