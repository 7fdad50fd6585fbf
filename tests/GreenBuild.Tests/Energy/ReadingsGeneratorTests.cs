using GreenBuild.Energy.Demo;
using GreenBuild.Energy.Readings;

namespace GreenBuild.Tests.Energy;

/// <summary>The demo readings are deterministic and tell the story the monitoring should see.</summary>
public sealed class ReadingsGeneratorTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly SimulatedBuilding Office = new("1401000001", 20_000);

    private static List<GeneratedReading> Year(int seed, double faultRate = 0) =>
        [.. new ReadingsGenerator(seed, Hour, faultRate).Generate([Office], new DateTime(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc), new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc))];

    [Fact]
    public void The_same_seed_gives_the_same_readings_and_another_seed_others()
    {
        Assert.Equal(Year(7), Year(7));
        Assert.NotEqual(Year(7).Select(r => r.Reading.Value), Year(8).Select(r => r.Reading.Value));
    }

    [Fact]
    public void District_heat_is_used_only_in_the_heating_season_and_most_in_january()
    {
        var heat = Intervals(Year(1), "04000");
        Assert.All(heat.Where(v => v.EndUtc.Month is 5 or 6 or 7 or 8 or 9), v => Assert.Equal(0, v.Value));
        Assert.True(Sum(heat, 1) > Sum(heat, 3) * 1.5m, "January needs more heat than March");
    }

    [Fact]
    public void Electricity_follows_office_hours_and_summer_cooling()
    {
        var power = Intervals(Year(1), "01000");
        var china = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        decimal Mean(Func<DateTime, bool> when) =>
            power.Where(v => when(TimeZoneInfo.ConvertTimeFromUtc(v.EndUtc - Hour, china))).Average(v => v.Value);
        Assert.True(Mean(t => t.DayOfWeek == DayOfWeek.Wednesday && t.Hour == 10) > 3 * Mean(t => t.DayOfWeek == DayOfWeek.Sunday && t.Hour == 10));
        Assert.True(Sum(power, 7) > Sum(power, 4), "July's cooling shows in the electricity");
        var eui = power.Sum(v => v.Value) / Office.FloorArea;
        Assert.InRange(eui, 40m, 120m); // kWh/(m²·a): a plausible office
    }

    [Fact]
    public void Injected_faults_are_found_by_the_quality_rules()
    {
        var flags = Intervals(Year(3, faultRate: 0.002), "01000").Aggregate(QualityFlag.None, (all, v) => all | v.Flags);
        Assert.True(flags.HasFlag(QualityFlag.Gap));
        Assert.True(flags.HasFlag(QualityFlag.Spike));
    }

    private static List<IntervalValue> Intervals(List<GeneratedReading> readings, string energy) =>
        [.. new CumulativeRegister(Hour, null) { FlatLineReadings = 3 }
            .ToIntervals(readings.Where(r => r.EnergyCode == energy).Select(r => r.Reading), [], DateTime.MaxValue)];

    private static decimal Sum(List<IntervalValue> values, int month) => values.Where(v => v.EndUtc.Month == month).Sum(v => v.Value);
}
