using System.Globalization;
using System.Text.Json;

namespace GreenBuild.Standards.Tests.Catalog;

public sealed class CultureIndependenceTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static string RunAll(string culture)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return string.Join("\n", Samples.ByName().Select(pair => JsonSerializer.Serialize(CalculatorCatalog.Find(pair.Key)!.Calculate(pair.Value), Web)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    [InlineData("ar-SA")]
    [InlineData("en-US")]
    public void Results_and_explanations_are_identical_under_any_current_culture(string culture) =>
        Assert.Equal(RunAll(""), RunAll(culture));

    [Fact]
    public void Explanation_values_use_a_decimal_point_under_de_DE()
    {
        string json = RunAll("de-DE");

        Assert.Contains("\"value\":\"0.7096\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"value\":\"0,7096\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_input_with_decimal_points_parses_under_de_DE()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            ICalculationResult result = CalculatorCatalog.Find("standard-coal")!.CalculateJson("""{"amounts":[{"carrier":"NaturalGas","quantity":"1.5"}]}""");
            Assert.True(result.IsValid);
            Assert.Equal(1.5m * 1.2143m, ((GreenBuild.Standards.StandardCoal.StandardCoalOutcome)result.Outcome!).TotalKgce);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
