using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Standards.Tests.GreenRating;

public sealed class GreenRatingLevelTests
{
    private static readonly GreenRatingCalculator Calculator = new();

    private static GreenRatingOutcome Rate(GreenRatingInput input) => Calculator.Calculate(input).Valid();

    [Fact]
    public void Total_score_is_Q0_plus_categories_plus_bonus_over_ten_per_3_2_7()
    {
        GreenRatingOutcome outcome = Rate(Samples.Rating(50, 60, 70, 120, 80, 15));

        Assert.Equal(400m, outcome.PrerequisiteBaseScore);
        Assert.Equal((400m + 50 + 60 + 70 + 120 + 80 + 15) / 10, outcome.TotalScore);
    }

    [Theory]
    [InlineData(79, 59.9, GreenLevel.Basic)]
    [InlineData(80, 60.0, GreenLevel.OneStar)]
    public void Total_score_boundary_59_9_and_60_per_3_2_8(decimal resources, decimal expectedTotal, GreenLevel expected)
    {
        GreenRatingOutcome outcome = Rate(Samples.Rating(30, 30, 30, resources, 30));

        Assert.Equal(expectedTotal, outcome.TotalScore);
        Assert.Equal(expected, outcome.Level);
    }

    [Theory]
    [InlineData(49, 69.9, GreenLevel.OneStar)]
    [InlineData(50, 70.0, GreenLevel.TwoStar)]
    public void Total_score_boundary_69_9_and_70_per_3_2_8(decimal environment, decimal expectedTotal, GreenLevel expected)
    {
        GreenRatingOutcome outcome = Rate(Samples.Rating(50, 50, 50, 100, environment));

        Assert.Equal(expectedTotal, outcome.TotalScore);
        Assert.Equal(expected, outcome.Level);
    }

    [Theory]
    [InlineData(79, 84.9, GreenLevel.TwoStar)]
    [InlineData(80, 85.0, GreenLevel.ThreeStar)]
    public void Total_score_boundary_84_9_and_85_per_3_2_8(decimal environment, decimal expectedTotal, GreenLevel expected)
    {
        GreenRatingOutcome outcome = Rate(Samples.Rating(80, 80, 80, 130, environment));

        Assert.Equal(expectedTotal, outcome.TotalScore);
        Assert.Equal(expected, outcome.Level);
    }

    [Fact]
    public void Unmet_prerequisites_give_no_level_and_no_base_score_per_3_2_8()
    {
        GreenRatingOutcome outcome = Rate(Samples.Rating(80, 80, 80, 130, 80) with { PrerequisitesMet = false, UnmetPrerequisites = ["5.1.1"] });

        Assert.Equal(GreenLevel.NotQualified, outcome.Level);
        Assert.Equal(0m, outcome.PrerequisiteBaseScore);
        Assert.Equal("未达到基本级", outcome.LevelNameZh);
    }

    [Fact]
    public void Bonus_above_100_counts_as_100_per_3_2_7()
    {
        GreenRatingOutcome outcome = Rate(Samples.Rating(30, 30, 30, 60, 30, 150));

        Assert.Equal(150m, outcome.InnovationScoreGiven);
        Assert.Equal(100m, outcome.InnovationScoreCounted);
        Assert.Equal((400m + 180 + 100) / 10, outcome.TotalScore);
    }

    [Fact]
    public void A_category_below_30_percent_of_its_maximum_blocks_every_star_per_3_2_8()
    {
        GreenRatingOutcome outcome = Rate(Samples.Rating(100, 100, 100, 59, 100));

        Assert.True(outcome.TotalScore >= 85);
        Assert.Equal(GreenLevel.Basic, outcome.Level);
        CategoryResult resources = Assert.Single(outcome.Categories, c => !c.MeetsMinimum);
        Assert.Equal(RatingCategory.Resources, resources.Category);
        Assert.Equal(60m, resources.Minimum);
    }

    [Theory]
    [InlineData(EvaluationStage.PreEvaluation, 20, GreenLevel.Basic)]
    [InlineData(EvaluationStage.PreEvaluation, 21, GreenLevel.OneStar)]
    [InlineData(EvaluationStage.Evaluation, 29, GreenLevel.Basic)]
    [InlineData(EvaluationStage.Evaluation, 30, GreenLevel.OneStar)]
    public void Convenience_minimum_is_30_percent_of_70_at_pre_evaluation_and_of_100_at_evaluation_per_3_2_7(EvaluationStage stage, decimal convenience, GreenLevel expected)
    {
        GreenRatingOutcome outcome = Rate(Samples.Rating(40, 40, convenience, 100, 40) with { Stage = stage });

        Assert.Equal(expected, outcome.Level);
    }

    [Fact]
    public void Stars_require_full_decoration_per_3_2_8()
    {
        GreenRatingOutcome outcome = Rate(Samples.Rating(80, 80, 80, 130, 80) with { FullyDecorated = false });

        Assert.Equal(GreenLevel.Basic, outcome.Level);
    }
}
