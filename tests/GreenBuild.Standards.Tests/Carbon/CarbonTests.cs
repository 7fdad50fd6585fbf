using GreenBuild.Standards.Carbon;

namespace GreenBuild.Standards.Tests.Carbon;

public sealed class CarbonTests
{
    private static readonly CarbonCalculator Calculator = new();

    [Fact]
    public void Electricity_in_Shanxi_2022_uses_the_provincial_factor_per_4_1_1()
    {
        CarbonOutcome outcome = Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 100000))).Valid();

        Assert.Equal(0.7096m, outcome.Carriers[0].Factor);
        Assert.Equal(70960m, outcome.AnnualKg);
        Assert.Equal(70.96m, outcome.AnnualPerSquareMetre);
        Assert.Equal(3548m, outcome.LifePerSquareMetre);
        Assert.Equal(3548000m, outcome.LifeTotalKg);
    }

    [Fact]
    public void Without_a_provincial_factor_for_the_year_the_grid_region_factor_applies()
    {
        CarbonOutcome outcome = Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 100000)) with { GridFactorYear = 2023 }).Valid();

        Assert.Equal(0.6361m, outcome.Carriers[0].Factor);
        Assert.Contains("north-china 2023", outcome.Carriers[0].FactorSource, StringComparison.Ordinal);
    }

    [Fact]
    public void On_site_renewable_electricity_is_subtracted_before_the_factor_per_4_1_1()
    {
        CarbonOutcome outcome = Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 100000, 20000))).Valid();

        Assert.Equal(80000m, outcome.Carriers[0].NetConsumption);
        Assert.Equal(80000m * 0.7096m, outcome.AnnualKg);
    }

    [Fact]
    public void Natural_gas_factor_is_derived_from_carbon_content_oxidation_and_calorific_value_per_appendix_A()
    {
        CarbonOutcome outcome = Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.NaturalGas, 10000))).Valid();

        // 15.3 tC/TJ × 0.99 × 44/12 × 38931 kJ/m³ = 2.162188809 kgCO2/m³ (≈ 2.16 in third-party code).
        Assert.Equal(2.162188809m, outcome.Carriers[0].Factor);
        Assert.Equal(21621.88809m, outcome.AnnualKg);
    }

    [Fact]
    public void The_green_space_sink_is_subtracted_from_annual_emissions_per_4_1_1()
    {
        CarbonOutcome outcome = Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 100000)) with { GreenSpaceSinkKgPerYear = 960 }).Valid();

        Assert.Equal(70960m, outcome.GrossAnnualKg);
        Assert.Equal(70000m, outcome.AnnualKg);
        Assert.Equal(3500m, outcome.LifePerSquareMetre);
    }

    [Fact]
    public void A_caller_factor_replaces_the_published_one_and_is_recorded_as_such()
    {
        CarbonOutcome outcome = Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 1000)) with { GridFactor = 0.5m, GridFactorYear = null }).Valid();

        Assert.Equal(500m, outcome.AnnualKg);
        Assert.Equal("调用方提供", outcome.Carriers[0].FactorSource);
    }

    [Fact]
    public void Steps_cite_4_1_1_and_the_result_records_the_factor_tables()
    {
        Explanation explanation = Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 1000), Samples.Use(EnergyCarrier.NaturalGas, 100))).Explanation;

        Assert.Contains(explanation.Steps, s => s.Clause == "GB/T 51366-2019 §4.1.1" && s.Formula == "C_M = [Σ(E_i × EF_i) − C_p] × y / A");
        Assert.Contains(explanation.Steps, s => s.Clause == "GB/T 51366-2019 附录A");
        Assert.Equal(["grid-emission-factors.json", "gbt-51366-2019-fuel-factors.json"], explanation.References.Select(r => r.File));
    }

    [Fact]
    public void A_negative_area_is_an_error() =>
        Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 1)) with { FloorArea = -1 }).SingleError("area.not_positive", "FloorArea");

    [Fact]
    public void Renewable_supply_above_consumption_is_an_error() =>
        Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 10, 20))).SingleError("renewable.above_consumption", "Energy[0].OnSiteRenewable");

    [Fact]
    public void An_unknown_grid_region_is_an_error() =>
        Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 10)) with { GridRegion = "mars" }).SingleError("value.unknown", "GridRegion");

    [Fact]
    public void A_year_without_any_published_factor_is_an_error() =>
        Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.Electricity, 10)) with { GridFactorYear = 2012 }).SingleError("factor.not_found", "GridFactorYear");

    [Fact]
    public void Steam_without_a_factor_is_an_error() =>
        Calculator.Calculate(Samples.Carbon(Samples.Use(EnergyCarrier.LowPressureSteam, 10))).SingleError("factor.not_found", "Energy[0].EmissionFactor");
}
