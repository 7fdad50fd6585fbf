using System.Globalization;
using GreenBuild.Indicators.Model;

namespace GreenBuild.Indicators.Assessment;

/// <summary>One indicator of one city: what was scored and how.</summary>
public sealed record ItemScore(string IndicatorCode, decimal Weight, ScoringRule Rule, decimal? Value, decimal? YearTarget, decimal? Ratio, decimal Share, decimal Score);

/// <summary>One city's result: its rank (equal totals share a rank), total and breakdown.</summary>
public sealed record CityScore(int Rank, string CityCode, string CityName, decimal Total, IReadOnlyList<ItemScore> Items);

/// <summary>
/// 考核计分 — pure. Ratio = value ÷ target of the year (target ÷ value for lower-is-better; a zero target is met
/// by any value); <see cref="ScoringRule.RatioCapped"/> scores weight × min(ratio, 100%);
/// <see cref="ScoringRule.Thresholds"/> scores weight × the share of the highest threshold the ratio reaches.
/// A missing value scores 0. Scores are rounded half away from zero (四舍五入) to 2 decimals; the total is the sum of the rounded scores.
/// </summary>
public static class AssessmentScoring
{
    public static ItemScore Score(string code, decimal weight, ScoringRule rule, string? thresholds, Direction direction, decimal? value, decimal? yearTarget)
    {
        if (value is not { } v || yearTarget is not { } t)
        {
            return new ItemScore(code, weight, rule, value, yearTarget, null, 0m, 0m);
        }

        var ratio = direction == Direction.HigherIsBetter
            ? (t == 0 ? 1m : v / t)
            : (v == 0 ? 1m : t / v);
        ratio = Math.Round(ratio, 4, MidpointRounding.AwayFromZero);
        var share = rule == ScoringRule.RatioCapped
            ? Math.Min(ratio, 1m)
            : ParseThresholds(thresholds!).Where(p => ratio * 100 >= p.Ratio).Select(p => p.Share / 100).DefaultIfEmpty(0m).Max();
        return new ItemScore(code, weight, rule, value, yearTarget, ratio, share, Math.Round(weight * share, 2, MidpointRounding.AwayFromZero));
    }

    /// <summary>Ranks by total, highest first; equal totals share a rank (1, 1, 3), listed by city code.</summary>
    public static IReadOnlyList<CityScore> Rank(IEnumerable<(string Code, string Name, IReadOnlyList<ItemScore> Items)> cities)
    {
        var totals = cities.Select(c => (c.Code, c.Name, c.Items, Total: c.Items.Sum(i => i.Score)))
            .OrderByDescending(c => c.Total).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        return [.. totals.Select(c => new CityScore(1 + totals.Count(o => o.Total > c.Total), c.Code, c.Name, c.Total, c.Items))];
    }

    /// <summary>"100:100,80:80,60:60" → (ratio %, share %) pairs; null when malformed.</summary>
    public static IReadOnlyList<(decimal Ratio, decimal Share)>? TryParseThresholds(string? text)
    {
        var pairs = new List<(decimal, decimal)>();
        foreach (var part in (text ?? "").Split([',', '，', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var sides = part.Split(':', '：');
            if (sides.Length != 2
                || !decimal.TryParse(sides[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var r)
                || !decimal.TryParse(sides[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var s)
                || r < 0 || s < 0 || s > 100)
            {
                return null;
            }

            pairs.Add((r, s));
        }

        return pairs.Count == 0 ? null : pairs;
    }

    private static IReadOnlyList<(decimal Ratio, decimal Share)> ParseThresholds(string text) =>
        TryParseThresholds(text) ?? throw new ArgumentException($"Malformed thresholds: {text}", nameof(text));
}
