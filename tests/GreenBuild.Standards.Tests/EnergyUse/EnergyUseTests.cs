using GreenBuild.Standards.EnergyUse;

namespace GreenBuild.Standards.Tests.EnergyUse;

public sealed class EnergyUseTests
{
    private static readonly EnergyUseCalculator Calculator = new();

    private static EnergyUseOutcome Compare(EnergyUseInput input) => Calculator.Calculate(input).Valid();

    [Theory]
    [InlineData(450000, QuotaBand.BetterThanGuide)]
    [InlineData(500000, QuotaBand.BetterThanGuide)]
    [InlineData(500100, QuotaBand.BetweenGuideAndConstraint)]
    [InlineData(700000, QuotaBand.BetweenGuideAndConstraint)]
    [InlineData(701000, QuotaBand.ExceedsConstraint)]
    public void Government_office_class_A_in_cold_zone_against_70_and_50_per_6_2(decimal kwh, QuotaBand expected)
    {
        EnergyUseOutcome outcome = Compare(Samples.Office(kwh));

        Assert.Equal(70m, outcome.NonHeating.Constraint);
        Assert.Equal(50m, outcome.NonHeating.Guide);
        Assert.Equal(expected, outcome.NonHeating.Band);
    }

    [Fact]
    public void The_result_says_by_how_much_the_constraint_is_exceeded()
    {
        EnergyUseOutcome outcome = Compare(Samples.Office(770000));

        Assert.Equal(77m, outcome.NonHeating.Value);
        Assert.Equal(7m, outcome.NonHeating.DifferenceFromConstraint);
        Assert.Equal(27m, outcome.NonHeating.DifferenceFromGuide);
        Assert.Equal(110m, outcome.NonHeating.PercentOfConstraint);
        Assert.Equal("超约束值", outcome.NonHeating.BandNameZh);
    }

    [Fact]
    public void Severe_cold_and_cold_share_one_column_per_6_2()
    {
        EnergyUseOutcome cold = Compare(Samples.Office(1000000) with { BuildingType = PublicBuildingType.CommercialOffice, OperationClass = OperationClass.B });
        EnergyUseOutcome severe = Compare(Samples.Office(1000000) with { BuildingType = PublicBuildingType.CommercialOffice, OperationClass = OperationClass.B, ClimateZone = ClimateZone.SevereCold });

        Assert.Equal((110m, 80m), (cold.NonHeating.Constraint, cold.NonHeating.Guide));
        Assert.Equal(cold.NonHeating, severe.NonHeating);
        Assert.Equal(QuotaBand.BetweenGuideAndConstraint, cold.NonHeating.Band);
    }

    [Fact]
    public void Reference_hours_and_density_leave_the_office_value_unchanged_per_6_2()
    {
        EnergyUseOutcome outcome = Compare(Samples.Office(600000) with { OfficeUsage = new OfficeUsage { AnnualHoursOfUse = 2500, FloorAreaPerPerson = 10 } });

        Assert.True(outcome.CorrectionApplied);
        Assert.Equal(1m, outcome.HoursFactor);
        Assert.Equal(1m, outcome.DensityFactor);
        Assert.Equal(60m, outcome.NonHeating.Value);
    }

    [Fact]
    public void Long_hours_and_sparse_occupancy_correct_the_office_value_per_6_2()
    {
        EnergyUseOutcome outcome = Compare(Samples.Office(600000) with { OfficeUsage = new OfficeUsage { AnnualHoursOfUse = 5000, FloorAreaPerPerson = 20 } });

        Assert.Equal(0.65m, outcome.HoursFactor);
        Assert.Equal(1.3m, outcome.DensityFactor);
        Assert.Equal(60m * 0.65m * 1.3m, outcome.NonHeating.Value);
        Assert.Equal(60m, outcome.MeasuredIntensity);
    }

    [Fact]
    public void A_type_without_reference_values_uses_the_callers_quota_and_records_its_source()
    {
        EnergyUseOutcome outcome = Compare(Samples.Office(1200000) with
        {
            BuildingType = PublicBuildingType.Hotel,
            CustomQuota = new EnergyQuota { Constraint = 110, Guide = 90, Source = "晋建科字〔2024〕1号 附表" },
        });

        Assert.Equal(QuotaBand.ExceedsConstraint, outcome.NonHeating.Band);
        Assert.Contains("晋建科字", outcome.NonHeating.QuotaSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Heating_energy_is_compared_with_the_heating_values_given()
    {
        EnergyUseOutcome outcome = Compare(Samples.Office(450000) with
        {
            Heating = new HeatingUse { AnnualEnergyKgce = 120000, HeatedArea = 10000, Quota = new EnergyQuota { Constraint = 10, Guide = 8, Source = "省定额" } },
        });

        Assert.Equal(12m, outcome.Heating!.Value);
        Assert.Equal(QuotaBand.ExceedsConstraint, outcome.Heating.Band);
        Assert.Equal(2m, outcome.Heating.DifferenceFromConstraint);
    }

    [Fact]
    public void Steps_cite_the_office_clause_and_shortfalls_say_how_far_to_the_guide()
    {
        Explanation explanation = Calculator.Calculate(Samples.Office(600000)).Explanation;

        Assert.All(explanation.Steps, s => Assert.Equal("GB/T 51161-2016 §6.2", s.Clause));
        Shortfall shortfall = Assert.Single(explanation.Shortfalls);
        Assert.Equal("高于引导值 10 kWh/(m²·a)，降至引导值 50 即优于引导值", shortfall.Message);
        Assert.Equal("unverified", Assert.Single(explanation.References).Status);
    }
}
