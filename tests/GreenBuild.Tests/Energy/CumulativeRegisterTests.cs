using GreenBuild.Energy.Readings;

namespace GreenBuild.Tests.Energy;

/// <summary>Cumulative registers to interval values: order, repeats, rollover, replacement and each quality flag.</summary>
public sealed class CumulativeRegisterTests
{
    private static readonly DateTime Start = new(2025, 1, 6, 16, 0, 0, DateTimeKind.Utc); // 00:00 in Beijing
    private static readonly DateTime Now = new(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly CumulativeRegister QuarterHour = new(TimeSpan.FromMinutes(15), RegisterModulus: 100_000m);

    private static RegisterReading At(int minutes, decimal value) => new(Start.AddMinutes(minutes), value);

    [Fact]
    public void Intervals_are_the_differences_whatever_the_order_and_repeats_of_the_readings()
    {
        RegisterReading[] readings = [At(0, 100), At(15, 101.5m), At(30, 103), At(45, 104)];
        var expected = QuarterHour.ToIntervals(readings, [], Now);
        var shuffled = QuarterHour.ToIntervals([readings[3], readings[1], readings[0], readings[2], readings[1]], [], Now);
        Assert.Equal(expected, shuffled);
        Assert.Equal([1.5m, 1.5m, 1m], expected.Select(v => v.Value));
        Assert.All(expected, v => Assert.Equal(QualityFlag.None, v.Flags));
    }

    [Fact]
    public void A_register_passing_its_maximum_is_corrected_and_flagged_rollover()
    {
        var values = QuarterHour.ToIntervals([At(0, 99_990), At(15, 5)], [], Now);
        Assert.Equal(new IntervalValue(Start.AddMinutes(15), 15, QualityFlag.Rollover), Assert.Single(values));
    }

    [Fact]
    public void A_register_going_backwards_without_explanation_is_kept_negative_and_excluded_from_rollups()
    {
        var value = Assert.Single(QuarterHour.ToIntervals([At(0, 500), At(15, 490)], [], Now));
        Assert.Equal(-10, value.Value);
        Assert.True(value.Flags.HasFlag(QualityFlag.Negative));
        Assert.False(QualityRule.CountsInRollups(value.Flags));
    }

    [Fact]
    public void A_meter_replacement_counts_both_registers()
    {
        var replacement = new MeterReplacement(Start.AddMinutes(10), OldFinal: 505, NewInitial: 0);
        var value = Assert.Single(QuarterHour.ToIntervals([At(0, 500), At(15, 3)], [replacement], Now));
        Assert.Equal(8, value.Value);
        Assert.Equal(QualityFlag.Replacement, value.Flags);
    }

    [Fact]
    public void Missing_readings_mark_a_gap_and_off_boundary_or_future_times_mark_clock_skew()
    {
        var values = QuarterHour.ToIntervals([At(0, 1), At(45, 4), At(52, 5)], [], Now);
        Assert.True(values[0].Flags.HasFlag(QualityFlag.Gap));
        Assert.True(values[1].Flags.HasFlag(QualityFlag.ClockSkew));
        var future = QuarterHour.ToIntervals([At(0, 1), At(15, 2)], [], Start);
        Assert.True(future[0].Flags.HasFlag(QualityFlag.ClockSkew));
    }

    [Fact]
    public void A_value_ten_times_the_median_is_a_spike()
    {
        var readings = Enumerable.Range(0, 10).Select(i => At(i * 15, i)).Append(At(150, 9 + 50)).ToList();
        var values = QuarterHour.ToIntervals(readings, [], Now);
        Assert.Equal(QualityFlag.Spike, values[^1].Flags);
        Assert.All(values.Take(values.Count - 1), v => Assert.Equal(QualityFlag.None, v.Flags));
    }

    [Fact]
    public void A_register_that_stops_moving_is_flagged_flat_line_after_eight_readings()
    {
        var readings = Enumerable.Range(0, 10).Select(i => At(i * 15, 42)).ToList();
        var values = QuarterHour.ToIntervals(readings, [], Now);
        Assert.Equal(7, values.Count(v => v.Flags == QualityFlag.None));
        Assert.Equal(2, values.Count(v => v.Flags == QualityFlag.FlatLine));
    }

    [Fact]
    public void A_days_quality_score_counts_only_values_that_enter_rollups()
    {
        var readings = Enumerable.Range(0, 97).Select(i => At(i * 15, i)).ToList();
        readings[50] = readings[50] with { Value = 10 }; // one register glitch: a negative interval, then a big jump back
        var days = DailyQuality.Of(QuarterHour.ToIntervals(readings, [], Now), TimeSpan.FromMinutes(15), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var day = Assert.Single(days);
        Assert.Equal(new DateOnly(2025, 1, 7), day.Day);
        Assert.Equal(96, day.Expected);
        Assert.Equal(94, day.Valid);
        Assert.Equal(97.9m, day.Score);
        Assert.True(day.Flags.HasFlag(QualityFlag.Negative) && day.Flags.HasFlag(QualityFlag.Spike));
    }
}
