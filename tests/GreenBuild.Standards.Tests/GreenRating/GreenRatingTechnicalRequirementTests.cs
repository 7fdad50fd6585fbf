using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Standards.Tests.GreenRating;

public sealed class GreenRatingTechnicalRequirementTests
{
    private static readonly GreenRatingCalculator Calculator = new();

    private static GreenLevel Level(StarMeasures measures, bool residential = false, ClimateZone zone = ClimateZone.Cold, RuleEdition edition = RuleEdition.Edition2019) =>
        Calculator.Calculate(Samples.Rating(80, 80, 80, 130, 80) with
        {
            Measures = measures,
            IsResidential = residential,
            ClimateZone = zone,
            Edition = edition,
        }).Valid().Level;

    private static StarMeasures ThreeStar => Samples.Rating(0, 0, 0, 0, 0).Measures with
    {
        WindowUValueReductionPercent = 20,
        SoundInsulation = SoundInsulationLevel.High,
        GreenMaterialsPercent = 30,
    };

    [Theory]
    [InlineData(5, 0, GreenLevel.OneStar)]
    [InlineData(10, 0, GreenLevel.TwoStar)]
    [InlineData(19.9, 14.9, GreenLevel.TwoStar)]
    [InlineData(20, 0, GreenLevel.ThreeStar)]
    [InlineData(0, 15, GreenLevel.ThreeStar)]
    [InlineData(4.9, 4.9, GreenLevel.Basic)]
    public void Envelope_improvement_or_load_reduction_per_table_3_2_8(decimal envelope, decimal load, GreenLevel expected) =>
        Assert.Equal(expected, Level(ThreeStar with { EnvelopeImprovementPercent = envelope, LoadReductionPercent = load }));

    [Theory]
    [InlineData(3, GreenLevel.OneStar)]
    [InlineData(2, GreenLevel.ThreeStar)]
    [InlineData(1, GreenLevel.ThreeStar)]
    public void Water_saving_fittings_grade_3_for_one_star_and_2_for_two_and_three_stars_per_table_3_2_8(int grade, GreenLevel expected) =>
        Assert.Equal(expected, Level(ThreeStar with { WaterFittingsGrade = grade }));

    [Theory]
    [InlineData(9.9, GreenLevel.Basic)]
    [InlineData(10, GreenLevel.OneStar)]
    [InlineData(20, GreenLevel.ThreeStar)]
    public void Indoor_pollutant_reduction_10_and_20_percent_per_table_3_2_8(decimal reduction, GreenLevel expected) =>
        Assert.Equal(expected, Level(ThreeStar with { PollutantReductionPercent = reduction }));

    [Fact]
    public void Window_airtightness_is_required_at_every_star_per_table_3_2_8() =>
        Assert.Equal(GreenLevel.Basic, Level(ThreeStar with { WindowAirtightnessCompliant = false }));

    [Theory]
    [InlineData(SoundInsulationLevel.LowLimit, GreenLevel.OneStar)]
    [InlineData(SoundInsulationLevel.AverageOfLowAndHigh, GreenLevel.TwoStar)]
    [InlineData(SoundInsulationLevel.High, GreenLevel.ThreeStar)]
    public void Residential_sound_insulation_average_for_two_stars_and_high_for_three_per_table_3_2_8(SoundInsulationLevel sound, GreenLevel expected) =>
        Assert.Equal(expected, Level(ThreeStar with { SoundInsulation = sound }, residential: true));

    [Fact]
    public void Sound_insulation_does_not_limit_a_public_building() =>
        Assert.Equal(GreenLevel.ThreeStar, Level(ThreeStar with { SoundInsulation = null }));

    [Theory]
    [InlineData(ClimateZone.Cold, 5, GreenLevel.OneStar)]
    [InlineData(ClimateZone.SevereCold, 10, GreenLevel.TwoStar)]
    [InlineData(ClimateZone.HotSummerColdWinter, 0, GreenLevel.ThreeStar)]
    public void Residential_window_U_value_reduction_applies_in_severe_cold_and_cold_zones_per_table_3_2_8(ClimateZone zone, decimal reduction, GreenLevel expected) =>
        Assert.Equal(expected, Level(ThreeStar with { WindowUValueReductionPercent = reduction }, residential: true, zone: zone));

    [Fact]
    public void Green_materials_row_applies_only_with_the_2024_revision()
    {
        StarMeasures measures = ThreeStar with { GreenMaterialsPercent = 25 };

        Assert.Equal(GreenLevel.ThreeStar, Level(measures));
        Assert.Equal(GreenLevel.TwoStar, Level(measures, edition: RuleEdition.Revision2024));
    }

    [Fact]
    public void A_value_not_given_meets_only_levels_that_do_not_require_it() =>
        Assert.Equal(GreenLevel.Basic, Level(ThreeStar with { PollutantReductionPercent = null }));
}
