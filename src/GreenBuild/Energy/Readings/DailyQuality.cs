namespace GreenBuild.Energy.Readings;

/// <summary>A meter's day: the energy that counts, the intervals expected and present, and its quality score.</summary>
public sealed record DailyQuality(DateOnly Day, decimal Energy, int Expected, int Valid, QualityFlag Flags)
{
    /// <summary>质量分 — the share of the day's intervals with a value that counts in roll-ups, 0–100.</summary>
    public decimal Score => Expected == 0 ? 0 : Math.Round(100m * Valid / Expected, 1, MidpointRounding.AwayFromZero);

    /// <summary>Groups interval values into days (of the given time zone) by the documented roll-up rule.</summary>
    public static IReadOnlyList<DailyQuality> Of(IEnumerable<IntervalValue> values, TimeSpan interval, TimeZoneInfo zone) =>
        [.. values
            .GroupBy(v => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(v.EndUtc - TimeSpan.FromTicks(1), zone)))
            .OrderBy(g => g.Key)
            .Select(g => new DailyQuality(
                g.Key,
                g.Where(v => QualityRule.CountsInRollups(v.Flags)).Sum(v => v.Value),
                (int)(TimeSpan.FromDays(1) / interval),
                g.Count(v => QualityRule.CountsInRollups(v.Flags) && (v.Flags & QualityFlag.FlatLine) == 0),
                g.Aggregate(QualityFlag.None, (all, v) => all | v.Flags)))];
}
