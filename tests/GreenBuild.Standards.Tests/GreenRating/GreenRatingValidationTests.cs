using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Standards.Tests.GreenRating;

public sealed class GreenRatingValidationTests
{
    private static readonly GreenRatingCalculator Calculator = new();

    [Fact]
    public void A_category_score_above_its_maximum_is_an_error_naming_the_field()
    {
        ValidationError error = Calculator.Calculate(Samples.Rating(101, 50, 50, 100, 50)).SingleError("score.above_max", "Categories.Safety");

        Assert.Equal("字段 Categories.Safety：得分 101 超过满分值 100", error.Message);
    }

    [Fact]
    public void Convenience_above_70_at_pre_evaluation_is_an_error() =>
        Calculator.Calculate(Samples.Rating(50, 50, 75, 100, 50) with { Stage = EvaluationStage.PreEvaluation })
            .SingleError("score.above_max", "Categories.Convenience");

    [Fact]
    public void A_negative_score_is_an_error() =>
        Calculator.Calculate(Samples.Rating(50, -1, 50, 100, 50)).SingleError("value.negative", "Categories.Health");

    [Fact]
    public void A_missing_category_is_an_error() =>
        Calculator.Calculate(Samples.Rating(50, 50, 50, 100, 50) with { Categories = new CategoryScores { Safety = 50, Health = 50, Convenience = 50, Resources = 100 } })
            .SingleError("value.required", "Categories.Environment");

    [Fact]
    public void A_ratio_above_100_percent_is_an_error()
    {
        GreenRatingInput input = Samples.Rating(50, 50, 50, 100, 50);
        input = input with { Measures = input.Measures with { EnvelopeImprovementPercent = 120 } };

        Calculator.Calculate(input).SingleError("ratio.out_of_range", "Measures.EnvelopeImprovementPercent");
    }

    [Fact]
    public void An_unknown_climate_zone_is_an_error_naming_the_field() =>
        Calculator.Calculate(Samples.Rating(50, 50, 50, 100, 50) with { ClimateZone = (ClimateZone)42 })
            .SingleError("value.unknown", "ClimateZone");

    [Fact]
    public void A_residential_building_needs_its_climate_zone() =>
        Calculator.Calculate(Samples.Rating(50, 50, 50, 100, 50) with { IsResidential = true, ClimateZone = null })
            .SingleError("value.required", "ClimateZone");

    [Fact]
    public void A_water_fittings_grade_outside_1_to_3_is_an_error()
    {
        GreenRatingInput input = Samples.Rating(50, 50, 50, 100, 50);
        Calculator.Calculate(input with { Measures = input.Measures with { WaterFittingsGrade = 4 } })
            .SingleError("grade.out_of_range", "Measures.WaterFittingsGrade");
    }

    [Fact]
    public void Declaring_prerequisites_met_while_listing_unmet_ones_is_an_error() =>
        Calculator.Calculate(Samples.Rating(50, 50, 50, 100, 50) with { UnmetPrerequisites = ["4.1.1"] })
            .SingleError("prerequisites.inconsistent", "UnmetPrerequisites");

    [Fact]
    public void A_missing_stage_is_an_error() =>
        Calculator.Calculate(Samples.Rating(50, 50, 50, 100, 50) with { Stage = default })
            .SingleError("value.unknown", "Stage");

    [Fact]
    public void Null_input_is_an_error_not_an_exception() =>
        Calculator.Calculate((GreenRatingInput?)null).SingleError("input.required", "$");
}
