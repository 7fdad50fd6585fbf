using GreenBuild.Indicators.Model;

namespace GreenBuild.Indicators;

/// <summary>A value of an indicator in a year (for cumulative indicators: the running total up to that year).</summary>
public sealed record YearValue(int Year, decimal Value);

/// <summary>What the rule needs: the indicator's shape, its baseline and target, and the series so far.</summary>
public sealed record StatusInput(
    Direction Direction, Measure Measure, int BaselineYear, decimal? Baseline, int TargetYear, decimal? Target, IReadOnlyList<YearValue> Series);

/// <summary>The rule's verdict with every intermediate number, so a page can show how it was reached.</summary>
public sealed record StatusResult(
    IndicatorStatus Status, YearValue? Latest, decimal? TrajectoryStart, int TrajectoryStartYear, decimal? Expected,
    decimal? Shortfall, decimal? Projection, bool? ProjectionMeetsTarget, string RuleKey);

/// <summary>
/// 状态判定规则 (documented in docs/modules/indicators.md). Pure and exact (decimal):
/// <list type="number">
/// <item>No value → 无数据; no numeric target → 无量化目标.</item>
/// <item>The latest value meets the target (≥, or ≤ for lower-is-better) → 达标.</item>
/// <item>Expected trajectory: a straight line from the start (the 2020 baseline; 0 for cumulative indicators,
/// which count from the first plan year; the first reported value when the plan gives no baseline) to the
/// target in the target year. Shortfall = how far the latest value is behind the expected value of its year,
/// as a share of the whole way |target − start|.</item>
/// <item>Shortfall ≤ 0 → 正常推进; shortfall ≤ 10% or the least-squares trend reaches the target by the
/// target year → 存在风险; otherwise → 滞后.</item>
/// </list>
/// </summary>
public static class StatusRule
{
    /// <summary>A shortfall up to this share of the whole way is a risk, beyond it a delay.</summary>
    public const decimal RiskTolerance = 0.10m;

    public static StatusResult Evaluate(StatusInput input)
    {
        var series = input.Series.OrderBy(v => v.Year).ToList();
        var latest = series.Count > 0 ? series[^1] : null;
        var (startYear, start) = Start(input, series);
        var projection = Projection(series, input.TargetYear);
        if (latest is null)
        {
            return new(IndicatorStatus.NoData, null, start, startYear, null, null, null, null, "indicators.rule.nodata");
        }

        if (input.Target is not { } target)
        {
            return new(IndicatorStatus.NoTarget, latest, start, startYear, null, null, projection, null, "indicators.rule.notarget");
        }

        var projectionMeets = projection is { } p ? Meets(input.Direction, p, target) : (bool?)null;
        if (Meets(input.Direction, latest.Value, target))
        {
            return new(IndicatorStatus.Achieved, latest, start, startYear, target, 0m, projection, projectionMeets, "indicators.rule.achieved");
        }

        var expected = Expected(start!.Value, startYear, target, input.TargetYear, latest.Year);
        var way = Math.Abs(target - start.Value);
        var behind = input.Direction == Direction.HigherIsBetter ? expected - latest.Value : latest.Value - expected;
        var shortfall = way == 0 ? 1m : behind / way;
        var status = shortfall <= 0 ? IndicatorStatus.OnTrack
            : shortfall <= RiskTolerance || projectionMeets == true ? IndicatorStatus.AtRisk
            : IndicatorStatus.Behind;
        return new(status, latest, start, startYear, expected, Math.Round(shortfall, 4), projection, projectionMeets, $"indicators.rule.{status}");
    }

    /// <summary>The expected value in <paramref name="year"/> on the straight line from (startYear, start) to (targetYear, target).</summary>
    public static decimal Expected(decimal start, int startYear, decimal target, int targetYear, int year)
    {
        if (targetYear <= startYear || year >= targetYear)
        {
            return target;
        }

        return year <= startYear ? start : start + ((target - start) * (year - startYear) / (targetYear - startYear));
    }

    /// <summary>Least-squares straight line through the series, read at <paramref name="year"/>; null with fewer than two years.</summary>
    public static decimal? Projection(IReadOnlyList<YearValue> series, int year)
    {
        if (series.Select(v => v.Year).Distinct().Count() < 2)
        {
            return null;
        }

        var n = (decimal)series.Count;
        var meanX = series.Sum(v => (decimal)v.Year) / n;
        var meanY = series.Sum(v => v.Value) / n;
        var sxy = series.Sum(v => (v.Year - meanX) * (v.Value - meanY));
        var sxx = series.Sum(v => (v.Year - meanX) * (v.Year - meanX));
        var slope = sxy / sxx;
        return Math.Round(meanY + (slope * (year - meanX)), 4);
    }

    public static bool Meets(Direction direction, decimal value, decimal target) =>
        direction == Direction.HigherIsBetter ? value >= target : value <= target;

    private static (int Year, decimal? Value) Start(StatusInput input, List<YearValue> series) =>
        input.Measure == Measure.Cumulative ? (input.BaselineYear, 0m)
        : input.Baseline is { } b ? (input.BaselineYear, b)
        : series.Count > 0 ? (series[0].Year, series[0].Value)
        : (input.BaselineYear, null);
}
