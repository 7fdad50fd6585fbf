using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Energy.Model;

/// <summary>What a meter's readings are.</summary>
public enum ReadingKind
{
    /// <summary>累计读数 — a register that only goes up (differences are the consumption).</summary>
    Cumulative,

    /// <summary>区间读数 — the consumption of each interval, as sent.</summary>
    Interval,
}

/// <summary>计量表 — a meter of a monitored building: its classification code, place in the hierarchy, unit and multiplier.</summary>
public sealed class Meter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Unique meter code as the collector sends it (e.g. <c>1401000001-E</c>).</summary>
    public required string Code { get; set; }

    public Guid BuildingId { get; set; }

    public required string Name { get; set; }

    /// <summary>The sub-metering code (<see cref="EnergyItemCode"/>): 01000 for a main electricity meter, 01B00 for air-conditioning…</summary>
    public required string ItemCode { get; set; }

    /// <summary>The main meter this one is a sub-meter of (分表); null for a main meter.</summary>
    public Guid? ParentMeterId { get; set; }

    /// <summary>The unit the collector sends (kWh, m³, GJ, MJ…): readings in another unit are refused.</summary>
    public required string Unit { get; set; }

    /// <summary>倍率 — e.g. the current-transformer ratio; consumption = register difference × multiplier.</summary>
    public decimal Multiplier { get; set; } = 1;

    public ReadingKind Kind { get; set; }

    /// <summary>Reading interval in minutes (15 or 60).</summary>
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>Register digits (for rollover at 10^digits); null when unknown.</summary>
    public int? RegisterDigits { get; set; }

    /// <summary>The data collector (采集器) whose key may write this meter's readings.</summary>
    public Guid? CollectorId { get; set; }
}

internal sealed class MeterConfiguration : IEntityTypeConfiguration<Meter>
{
    public void Configure(EntityTypeBuilder<Meter> builder)
    {
        builder.ToTable("energy_meters");
        builder.Property(m => m.Code).HasMaxLength(40);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.ItemCode).HasMaxLength(5);
        builder.Property(m => m.Unit).HasMaxLength(10);
        builder.Property(m => m.Multiplier).HasPrecision(14, 4);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(12);
        builder.HasOne<MonitoredBuilding>().WithMany().HasForeignKey(m => m.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EnergyItemCode>().WithMany().HasForeignKey(m => m.ItemCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meter>().WithMany().HasForeignKey(m => m.ParentMeterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Collector>().WithMany().HasForeignKey(m => m.CollectorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.BuildingId);
    }
}
