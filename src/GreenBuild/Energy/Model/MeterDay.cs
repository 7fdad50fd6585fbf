using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Energy.Model;

/// <summary>
/// 表计日数据 — one meter's readings of one day (Asia/Shanghai) in one row, as meter-data systems keep interval
/// data: the raw values as sent with the derived interval energy and quality flags of each
/// (<see cref="Ingest.DayEntries"/> documents the layout), the day's roll-up (energy that counts, valid and expected
/// intervals, flags) and its 24 hourly sums. Written by the ingest's bulk path, never through EF change tracking.
/// </summary>
public sealed class MeterDay
{
    public Guid MeterId { get; set; }

    /// <summary>The day an interval belongs to: the local date of (its end − 1 tick).</summary>
    public DateOnly Day { get; set; }

    /// <summary>The readings: see <see cref="Ingest.DayEntries"/>.</summary>
    public required byte[] Entries { get; set; }

    /// <summary>24 × int64 little-endian: counted energy per local hour, in thousandths of the canonical unit.</summary>
    public required byte[] Hourly { get; set; }

    /// <summary>Energy that counts by the roll-up rule, in thousandths of the category's canonical unit.</summary>
    public long EnergyMilli { get; set; }

    public int Readings { get; set; }

    public int Valid { get; set; }

    public int Expected { get; set; }

    /// <summary>Intervals excluded from roll-ups (negative, spike, clock skew).</summary>
    public int Excluded { get; set; }

    /// <summary>All quality flags of the day, OR-ed.</summary>
    public int Flags { get; set; }
}

internal sealed class MeterDayConfiguration : IEntityTypeConfiguration<MeterDay>
{
    public void Configure(EntityTypeBuilder<MeterDay> builder)
    {
        builder.ToTable("energy_meter_days");
        builder.HasKey(d => new { d.MeterId, d.Day });
    }
}
