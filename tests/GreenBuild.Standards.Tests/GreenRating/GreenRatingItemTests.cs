using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Standards.Tests.GreenRating;

public sealed class GreenRatingItemTests
{
    private static readonly GreenRatingCalculator Calculator = new();

    [Fact]
    public void Itemised_scores_are_summed_into_their_category_per_3_2_7()
    {
        GreenRatingInput input = Samples.Rating(0, 50, 50, 100, 50) with
        {
            Categories = new CategoryScores { Health = 50, Convenience = 50, Resources = 100, Environment = 50 },
            Items =
            [
                new ScoredItem { Category = RatingCategory.Safety, Clause = "4.2.1", Score = 10, MaxScore = 10 },
                new ScoredItem { Category = RatingCategory.Safety, Clause = "4.2.2", Score = 20, MaxScore = 20 },
                new ScoredItem { Category = RatingCategory.Safety, Clause = "4.2.4", Score = 20 },
            ],
        };

        GreenRatingOutcome outcome = Calculator.Calculate(input).Valid();

        Assert.Equal(50m, outcome.Categories.Single(c => c.Category == RatingCategory.Safety).Score);
        Assert.Equal(GreenLevel.TwoStar, outcome.Level);
    }

    [Fact]
    public void A_category_given_both_as_total_and_as_items_is_an_error()
    {
        GreenRatingInput input = Samples.Rating(50, 50, 50, 100, 50) with
        {
            Items = [new ScoredItem { Category = RatingCategory.Safety, Clause = "4.2.1", Score = 10 }],
        };

        Calculator.Calculate(input).SingleError("category.given_twice", "Categories.Safety");
    }

    [Fact]
    public void Items_summing_above_the_category_maximum_are_an_error()
    {
        GreenRatingInput input = Samples.Rating(0, 50, 50, 100, 50) with
        {
            Categories = new CategoryScores { Health = 50, Convenience = 50, Resources = 100, Environment = 50 },
            Items =
            [
                new ScoredItem { Category = RatingCategory.Safety, Clause = "4.2.1", Score = 60 },
                new ScoredItem { Category = RatingCategory.Safety, Clause = "4.2.2", Score = 60 },
            ],
        };

        ValidationError error = Calculator.Calculate(input).SingleError("score.above_max", "Items");
        Assert.Contains("安全耐久", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_above_its_own_maximum_is_an_error()
    {
        GreenRatingInput input = Samples.Rating(0, 50, 50, 100, 50) with
        {
            Categories = new CategoryScores { Health = 50, Convenience = 50, Resources = 100, Environment = 50 },
            Items = [new ScoredItem { Category = RatingCategory.Safety, Clause = "4.2.1", Score = 12, MaxScore = 10 }],
        };

        Calculator.Calculate(input).SingleError("score.above_max", "Items[0].Score");
    }
}
