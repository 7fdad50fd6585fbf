using FsCheck.Xunit;
using GreenBuild.Standards.StandardCoal;

namespace GreenBuild.Standards.Tests.StandardCoal;

public sealed class StandardCoalTests
{
    private static readonly StandardCoalCalculator Calculator = new();

    [Fact]
    public void Electricity_calorific_equivalent_is_860_kcal_over_7000_kcal_per_kgce_per_appendix_A()
    {
        StandardCoalOutcome outcome = Calculator.Calculate(Samples.Coal(Samples.Amount(EnergyCarrier.Electricity, 10000))).Valid();

        // 0.1229 = 860 kcal/kWh ÷ 7000 kcal/kgce (0.12286); 3600 kJ ÷ 29307.6 kJ would give 0.1228.
        Assert.Equal(Math.Round(860m / 7000m, 4), outcome.Lines[0].Coefficient);
        Assert.Equal(1229m, outcome.TotalKgce);
        Assert.Equal(1.229m, outcome.TotalTce);
    }

    [Theory]
    [InlineData(EnergyCarrier.NaturalGas, 1000, 1214.3)]
    [InlineData(EnergyCarrier.RawCoal, 1000, 714.3)]
    [InlineData(EnergyCarrier.Diesel, 1000, 1457.1)]
    [InlineData(EnergyCarrier.Heat, 1000, 34.12)]
    [InlineData(EnergyCarrier.LowPressureSteam, 1000, 128.6)]
    public void Carriers_convert_with_the_appendix_A_coefficients(EnergyCarrier carrier, decimal quantity, decimal kgce) =>
        Assert.Equal(kgce, Calculator.Calculate(Samples.Coal(Samples.Amount(carrier, quantity))).Valid().TotalKgce);

    [Fact]
    public void Electricity_by_generation_equivalent_uses_the_years_supply_coal_consumption()
    {
        CalculationResult<StandardCoalOutcome> result = Calculator.Calculate(Samples.Coal(Samples.Amount(EnergyCarrier.Electricity, 10000)) with
        {
            ElectricityBasis = ElectricityBasis.GenerationEquivalent,
            Year = 2021,
        });

        Assert.Equal(3025m, result.Valid().TotalKgce);
        Assert.Contains(result.Explanation.References, r => r.File == "electricity-supply-coal-consumption.json" && r.Status == "unverified");
    }

    [Fact]
    public void An_official_generation_equivalent_given_by_the_caller_wins()
    {
        StandardCoalOutcome outcome = Calculator.Calculate(Samples.Coal(Samples.Amount(EnergyCarrier.Electricity, 10000)) with
        {
            ElectricityBasis = ElectricityBasis.GenerationEquivalent,
            ElectricityCoefficient = 0.31m,
        }).Valid();

        Assert.Equal(3100m, outcome.TotalKgce);
        Assert.Equal("调用方提供", outcome.Lines[0].CoefficientSource);
    }

    [Fact]
    public void A_year_without_generation_equivalent_is_an_error_naming_the_field() =>
        Calculator.Calculate(Samples.Coal(Samples.Amount(EnergyCarrier.Electricity, 1)) with { ElectricityBasis = ElectricityBasis.GenerationEquivalent, Year = 2030 })
            .SingleError("factor.not_found", "Year");

    [Fact]
    public void A_natural_gas_coefficient_outside_1_1_to_1_33_is_an_error() =>
        Calculator.Calculate(Samples.Coal(new EnergyAmount { Carrier = EnergyCarrier.NaturalGas, Quantity = 1, Coefficient = 1.5m }))
            .SingleError("coefficient.out_of_range", "Amounts[0].Coefficient");

    [Fact]
    public void A_negative_quantity_is_an_error() =>
        Calculator.Calculate(Samples.Coal(Samples.Amount(EnergyCarrier.Diesel, -1))).SingleError("value.negative", "Amounts[0].Quantity");

    [Fact]
    public void An_empty_list_is_an_error() =>
        Calculator.Calculate(Samples.Coal()).SingleError("value.required", "Amounts");

    [Fact]
    public void Steps_cite_appendix_A_of_GB_T_2589()
    {
        Explanation explanation = Calculator.Calculate(Samples.Coal(Samples.Amount(EnergyCarrier.Electricity, 1), Samples.Amount(EnergyCarrier.NaturalGas, 1))).Explanation;

        Assert.All(explanation.Steps, s => Assert.Equal("GB/T 2589-2020 附录A", s.Clause));
        Assert.Equal(3, explanation.Steps.Count);
    }

    [Property(MaxTest = 200)]
    public bool The_total_is_the_sum_of_the_lines(uint electricity, uint gas, uint coal)
    {
        StandardCoalOutcome outcome = Calculator.Calculate(Samples.Coal(
            Samples.Amount(EnergyCarrier.Electricity, electricity),
            Samples.Amount(EnergyCarrier.NaturalGas, gas),
            Samples.Amount(EnergyCarrier.RawCoal, coal))).Valid();
        return outcome.TotalKgce == outcome.Lines.Sum(l => l.Kgce) && outcome.TotalKgce >= 0;
    }
}
