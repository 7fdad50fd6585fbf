using System.Text.Json;

namespace GreenBuild.Standards.Tests.Catalog;

public sealed class CalculatorCatalogTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void The_catalog_lists_the_five_calculators_by_name() =>
        Assert.Equal(["green-rating", "assembly-rate", "energy-use", "carbon", "standard-coal"], CalculatorCatalog.Names);

    [Theory]
    [InlineData("green-rating", "GB/T 50378-2019")]
    [InlineData("ASSEMBLY-RATE", "GB/T 51129-2017")]
    [InlineData("energy-use", "GB/T 51161-2016")]
    [InlineData("carbon", "GB/T 51366-2019")]
    [InlineData("standard-coal", "GB/T 2589-2020")]
    public void Find_dispatches_by_name(string name, string standard)
    {
        ICalculator calculator = CalculatorCatalog.Find(name)!;

        Assert.Equal(standard, calculator.Standard);
        Assert.False(string.IsNullOrEmpty(calculator.Title));
    }

    [Fact]
    public void An_unknown_name_is_not_found() => Assert.Null(CalculatorCatalog.Find("bogus"));

    [Theory]
    [InlineData("green-rating")]
    [InlineData("assembly-rate")]
    [InlineData("energy-use")]
    [InlineData("carbon")]
    [InlineData("standard-coal")]
    public void A_web_json_input_round_trips_through_dispatch(string name)
    {
        ICalculator calculator = CalculatorCatalog.Find(name)!;
        object input = Samples.ByName()[name];
        string json = JsonSerializer.Serialize(input, input.GetType(), Web);

        ICalculationResult fromJson = calculator.CalculateJson(json);
        ICalculationResult direct = calculator.Calculate(input);

        Assert.True(fromJson.IsValid, string.Join("; ", fromJson.Errors.Select(e => e.Message)));
        Assert.Equal(JsonSerializer.Serialize(direct, Web), JsonSerializer.Serialize(fromJson, Web));
        Assert.NotEmpty(fromJson.Explanation.Steps);
    }

    [Fact]
    public void Enums_are_written_and_read_as_names()
    {
        ICalculationResult result = CalculatorCatalog.Find("assembly-rate")!.Calculate(Samples.FullAssembly());

        string json = JsonSerializer.Serialize(result, Web);

        Assert.Contains("\"grade\":\"AAA\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_json_field_is_an_error_naming_it() =>
        CalculatorCatalog.Find("standard-coal")!.CalculateJson("""{"amounts":[{"carrier":"Electricity","quantity":1,"quantiy":2}]}""")
            .SingleError("json.invalid", "$.amounts[0].quantiy");

    [Fact]
    public void Malformed_json_is_an_error_not_an_exception()
    {
        ICalculationResult result = CalculatorCatalog.Find("carbon")!.CalculateJson("{\"floorArea\": ");

        Assert.False(result.IsValid);
        Assert.Equal("json.invalid", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void An_input_of_the_wrong_type_is_an_error() =>
        CalculatorCatalog.Find("carbon")!.Calculate(Samples.FullAssembly()).SingleError("input.wrong_type", "$");

    [Fact]
    public void Empty_json_is_an_error() =>
        CalculatorCatalog.Find("energy-use")!.CalculateJson(" ").SingleError("input.required", "$");
}
