using GreenBuild.Indicators.Assessment;
using GreenBuild.Indicators.Model;

namespace GreenBuild.Tests.Indicators;

/// <summary>The assessment's scoring against a hand-computed example.</summary>
public sealed class AssessmentScoringTests
{
    [Fact]
    public void A_hand_computed_example_of_two_cities_and_three_indicators()
    {
        // Scheme: prefab share 50 (ratio capped), green share 30 (ratio capped), renewables 20 (thresholds 100:100, 80:60).
        // City A: prefab 24 of 26 → 0.9231 × 50 = 46.155 → 46.16 (四舍五入); green 95 of 89.6 → capped 1 × 30 = 30; renewables 5 of 5.6 → 0.8929 ≥ 80% → 60% × 20 = 12. Total 88.16.
        // City B: prefab 30 of 34 → 0.8824 × 50 = 44.12; green 80 of 89.6 → 0.8929 × 30 = 26.79; renewables 6 of 5.6 → ≥ 100% → 20. Total 90.91.
        const string thresholds = "100:100,80:60";
        var a = new[]
        {
            AssessmentScoring.Score("PREFAB", 50, ScoringRule.RatioCapped, null, Direction.HigherIsBetter, 24, 26),
            AssessmentScoring.Score("GB-SHARE", 30, ScoringRule.RatioCapped, null, Direction.HigherIsBetter, 95, 89.6m),
            AssessmentScoring.Score("RE-SUB", 20, ScoringRule.Thresholds, thresholds, Direction.HigherIsBetter, 5, 5.6m),
        };
        var b = new[]
        {
            AssessmentScoring.Score("PREFAB", 50, ScoringRule.RatioCapped, null, Direction.HigherIsBetter, 30, 34),
            AssessmentScoring.Score("GB-SHARE", 30, ScoringRule.RatioCapped, null, Direction.HigherIsBetter, 80, 89.6m),
            AssessmentScoring.Score("RE-SUB", 20, ScoringRule.Thresholds, thresholds, Direction.HigherIsBetter, 6, 5.6m),
        };
        Assert.Equal([46.16m, 30m, 12m], a.Select(i => i.Score));
        Assert.Equal([44.12m, 26.79m, 20m], b.Select(i => i.Score));

        var ranked = AssessmentScoring.Rank([("140100", "A", a), ("140200", "B", b)]);
        Assert.Equal(("140200", 1, 90.91m), (ranked[0].CityCode, ranked[0].Rank, ranked[0].Total));
        Assert.Equal(("140100", 2, 88.16m), (ranked[1].CityCode, ranked[1].Rank, ranked[1].Total));
    }

    [Fact]
    public void A_missing_value_scores_nothing_and_equal_totals_share_a_rank()
    {
        var missing = AssessmentScoring.Score("PREFAB", 100, ScoringRule.RatioCapped, null, Direction.HigherIsBetter, null, 30);
        Assert.Equal(0m, missing.Score);
        var full = AssessmentScoring.Score("PREFAB", 100, ScoringRule.RatioCapped, null, Direction.HigherIsBetter, 30, 30);
        var ranked = AssessmentScoring.Rank([("140300", "C", [full]), ("140100", "A", [full]), ("140200", "B", [missing])]);
        Assert.Equal([1, 1, 3], ranked.Select(r => r.Rank));
        Assert.Equal(["140100", "140300", "140200"], ranked.Select(r => r.CityCode));
    }

    [Fact]
    public void Lower_is_better_uses_target_over_value_and_below_the_lowest_threshold_scores_zero()
    {
        Assert.Equal(40m, AssessmentScoring.Score("X", 50, ScoringRule.RatioCapped, null, Direction.LowerIsBetter, 100, 80).Score);
        Assert.Equal(0m, AssessmentScoring.Score("X", 20, ScoringRule.Thresholds, "100:100,80:60", Direction.HigherIsBetter, 7, 10).Score);
        Assert.Null(AssessmentScoring.TryParseThresholds("100-100"));
    }
}
