using GreenBuild.Indicators;
using GreenBuild.Indicators.Model;

namespace GreenBuild.Tests.Indicators;

/// <summary>The status and projection rule on its edge cases.</summary>
public sealed class StatusRuleTests
{
    private static StatusResult Evaluate(decimal? baseline, decimal? target, params (int Year, decimal Value)[] series) =>
        Evaluate(Direction.HigherIsBetter, Measure.Level, baseline, target, series);

    private static StatusResult Evaluate(Direction direction, Measure measure, decimal? baseline, decimal? target, params (int Year, decimal Value)[] series) =>
        StatusRule.Evaluate(new StatusInput(direction, measure, 2020, baseline, 2025, target, [.. series.Select(s => new YearValue(s.Year, s.Value))]));

    [Fact]
    public void No_data_is_no_data_with_no_projection()
    {
        var result = Evaluate(74, 100);
        Assert.Equal(IndicatorStatus.NoData, result.Status);
        Assert.Null(result.Projection);
        Assert.Null(result.Latest);
    }

    [Fact]
    public void A_target_already_met_is_achieved_even_in_the_first_year()
    {
        Assert.Equal(IndicatorStatus.Achieved, Evaluate(100, 100, (2021, 100m)).Status);
        Assert.Equal(IndicatorStatus.Achieved, Evaluate(10, 30, (2021, 12m), (2022, 31m)).Status);
    }

    [Fact]
    public void On_the_expected_trajectory_is_on_track()
    {
        // 74 → 100 over 2020–2025: expected 2022 = 74 + 26 × 2/5 = 84.4
        var result = Evaluate(74, 100, (2021, 79.2m), (2022, 84.4m));
        Assert.Equal(84.4m, result.Expected);
        Assert.Equal(IndicatorStatus.OnTrack, result.Status);
    }

    [Fact]
    public void Slightly_behind_is_at_risk_and_far_behind_with_a_flat_trend_is_behind()
    {
        // expected 2022 = 84.4; way = 26; 82 is 2.4 behind = 9.2% → at risk
        Assert.Equal(IndicatorStatus.AtRisk, Evaluate(74, 100, (2021, 76m), (2022, 82m)).Status);
        // 75 is 9.4 behind = 36% and the trend (74.5, 75) projects 76.5 in 2025 → behind
        var behind = Evaluate(74, 100, (2021, 74.5m), (2022, 75m));
        Assert.Equal(IndicatorStatus.Behind, behind.Status);
        Assert.Equal(76.5m, behind.Projection);
        Assert.False(behind.ProjectionMeetsTarget);
    }

    [Fact]
    public void Behind_the_line_but_a_trend_that_reaches_the_target_is_at_risk()
    {
        // expected 2023 = 0 + 30 × 3/5 = 18; 14 is 4 behind = 13% of 30 and the trend 2, 8, 14 reaches only 26 in 2025 → behind
        Assert.Equal(IndicatorStatus.Behind, Evaluate(0, 30, (2021, 2m), (2022, 8m), (2023, 14m)).Status);
        // 2 then 14: 4 behind the expected 18 (13% of the way), but the trend (slope 12) reaches 38 in 2025 → at risk
        var result = Evaluate(0, 30, (2022, 2m), (2023, 14m));
        Assert.Equal(38m, result.Projection);
        Assert.Equal(IndicatorStatus.AtRisk, result.Status);
    }

    [Fact]
    public void Lower_is_better_turns_every_comparison_round()
    {
        // energy intensity 100 → 80: expected 2022 = 92
        Assert.Equal(IndicatorStatus.OnTrack, Evaluate(Direction.LowerIsBetter, Measure.Level, 100, 80, (2021, 96m), (2022, 91m)).Status);
        Assert.Equal(IndicatorStatus.Behind, Evaluate(Direction.LowerIsBetter, Measure.Level, 100, 80, (2021, 101m), (2022, 100m)).Status);
        Assert.Equal(IndicatorStatus.Achieved, Evaluate(Direction.LowerIsBetter, Measure.Level, 100, 80, (2021, 79m)).Status);
    }

    [Fact]
    public void Cumulative_indicators_start_from_zero_whatever_the_previous_plans_total()
    {
        // 4334.8 was the 13th plan's total; 3000 over 2021–2025 → expected 2022 = 1200
        var result = Evaluate(Direction.HigherIsBetter, Measure.Cumulative, 4334.8m, 3000, (2021, 600m), (2022, 1250m));
        Assert.Equal(0m, result.TrajectoryStart);
        Assert.Equal(1200m, result.Expected);
        Assert.Equal(IndicatorStatus.OnTrack, result.Status);
    }

    [Fact]
    public void Without_a_baseline_the_line_starts_at_the_first_value()
    {
        var result = Evaluate(null, 30, (2021, 10m), (2023, 14m));
        Assert.Equal(10m, result.TrajectoryStart);
        Assert.Equal(2021, result.TrajectoryStartYear);
        Assert.Equal(20m, result.Expected); // 10 + 20 × 2/4
        Assert.Equal(IndicatorStatus.Behind, result.Status);
    }

    [Fact]
    public void Without_a_numeric_target_progress_is_tracked_only()
    {
        var result = Evaluate(null, null, (2021, 1m), (2022, 2m));
        Assert.Equal(IndicatorStatus.NoTarget, result.Status);
        Assert.Equal(5m, result.Projection);
    }

    [Fact]
    public void The_projection_is_the_least_squares_line()
    {
        // points (2021, 1), (2022, 3), (2023, 2): slope 0.5, mean 2 at 2022 → 2025: 3.5
        Assert.Equal(3.5m, StatusRule.Projection([new(2021, 1m), new(2022, 3m), new(2023, 2m)], 2025));
        Assert.Null(StatusRule.Projection([new(2021, 1m)], 2025));
    }
}
