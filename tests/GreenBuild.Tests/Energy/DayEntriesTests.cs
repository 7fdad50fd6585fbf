using System.Buffers.Binary;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Readings;

namespace GreenBuild.Tests.Energy;

/// <summary>The meter-day blob: the compact layout round-trips every value, and rows written in the fixed layout are still read.</summary>
public sealed class DayEntriesTests
{
    private static readonly DateOnly Day = new(2025, 1, 7);
    private static readonly long Start = DayEntries.DayStartTicks(Day);

    private static DerivedEntry At(int seconds, long raw, long energy, int flags) => new(Start + (seconds * TimeSpan.TicksPerSecond), raw, energy, flags);

    [Fact]
    public void The_compact_layout_round_trips_baselines_negatives_rollovers_and_extremes()
    {
        List<DerivedEntry> entries =
        [
            At(900, 16_009_070, 0, IntervalDeriver.Baseline),
            At(1800, 16_010_570, 1500, 0),
            At(2700, 16_009_000, -1570, (int)QualityFlag.Negative),
            At(3600, 5, 99_995_005, (int)QualityFlag.Rollover),
            At(43_201, long.MaxValue / 2, long.MinValue / 4, (int)(QualityFlag.ClockSkew | QualityFlag.Spike)),
            At(86_400, -999_999_999_999_999, 0, (int)QualityFlag.Gap),
        ];
        var bytes = DayEntries.Encode(Day, entries);
        Assert.Equal(2, bytes[0]);
        Assert.Equal(entries, DayEntries.Decode(Day, bytes));
        Assert.Empty(DayEntries.Decode(Day, DayEntries.Encode(Day, [])));
    }

    [Fact]
    public void A_day_of_hourly_register_readings_takes_about_a_third_of_the_fixed_layout()
    {
        var entries = Enumerable.Range(1, 24).Select(h => At(h * 3600, 16_009_070 + (h * 101_250), h == 1 ? 0 : 101_250, h == 1 ? IntervalDeriver.Baseline : 0)).ToList();
        Assert.True(DayEntries.Encode(Day, entries).Length * 3 < 5 + (24 * 22));
    }

    [Fact]
    public void Rows_written_in_the_fixed_layout_are_still_read()
    {
        var bytes = new byte[5 + (2 * 22)];
        bytes[0] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(1), 2);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(5), 3600);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(9), 1000);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(17), 0);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(25), IntervalDeriver.Baseline);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(27), 7200);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(31), 1500);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(39), 500);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(47), (short)QualityFlag.Spike);
        Assert.Equal([At(3600, 1000, 0, IntervalDeriver.Baseline), At(7200, 1500, 500, (int)QualityFlag.Spike)], DayEntries.Decode(Day, bytes));
    }

    [Fact]
    public void An_unknown_or_cut_short_blob_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => DayEntries.Decode(Day, [9, 0]));
        var bytes = DayEntries.Encode(Day, [At(3600, 1000, 0, 0)]);
        Assert.Throws<InvalidDataException>(() => DayEntries.Decode(Day, bytes[..^1]));
    }
}
