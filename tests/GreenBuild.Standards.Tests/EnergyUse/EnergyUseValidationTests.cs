using FsCheck.Xunit;
using GreenBuild.Standards.EnergyUse;

namespace GreenBuild.Standards.Tests.EnergyUse;

public sealed class EnergyUseValidationTests
{
    private static readonly EnergyUseCalculator Calculator = new();

    [Fact]
    public void A_negative_area_is_an_error_naming_the_field()
    {
        ValidationError error = Calculator.Calculate(Samples.Office(1000, -5)).SingleError("area.not_positive", "FloorArea");

        Assert.Equal("字段 FloorArea：面积必须大于 0（当前为 -5）", error.Message);
    }

    [Fact]
    public void An_unknown_climate_zone_is_an_error_naming_the_field() =>
        Calculator.Calculate(Samples.Office(1000) with { ClimateZone = (ClimateZone)42 }).SingleError("value.unknown", "ClimateZone");

    [Fact]
    public void An_unknown_climate_zone_in_json_is_an_error_naming_the_json_path() =>
        Calculator.CalculateJson("""{"buildingType":"GovernmentOffice","operationClass":"A","climateZone":"Arctic","floorArea":100,"annualNonHeatingEnergyKwh":5000}""")
            .SingleError("json.invalid", "$.climateZone");

    [Fact]
    public void A_type_without_reference_values_needs_a_quota() =>
        Calculator.Calculate(Samples.Office(1000) with { BuildingType = PublicBuildingType.ShoppingMall }).SingleError("quota.not_found", "BuildingType");

    [Fact]
    public void A_guide_above_the_constraint_is_an_error() =>
        Calculator.Calculate(Samples.Office(1000) with { CustomQuota = new EnergyQuota { Constraint = 50, Guide = 60 } })
            .SingleError("quota.guide_above_constraint", "CustomQuota.Guide");

    [Fact]
    public void Heating_without_values_is_an_error() =>
        Calculator.Calculate(Samples.Office(1000) with { Heating = new HeatingUse { AnnualEnergyKgce = 1, HeatedArea = 1 } })
            .SingleError("value.required", "Heating.Quota");

    [Fact]
    public void Negative_energy_is_an_error() =>
        Calculator.Calculate(Samples.Office(-1)).SingleError("value.negative", "AnnualNonHeatingEnergyKwh");

    [Property(MaxTest = 300)]
    public bool More_energy_never_gives_a_better_band(ushort energy, ushort more)
    {
        QuotaBand before = Calculator.Calculate(Samples.Office(energy * 10m)).Valid().NonHeating.Band;
        QuotaBand after = Calculator.Calculate(Samples.Office((energy + (decimal)more) * 10m)).Valid().NonHeating.Band;
        return after >= before;
    }
}
