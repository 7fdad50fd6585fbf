using System.Net;
using System.Text;
using GreenBuild.Calculators;
using GreenBuild.Standards;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Calculators;

/// <summary>The calculators over HTTP: JSON in, outcome and explanation out; errors name the field.</summary>
public sealed class CalculatorsApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Names => [.. CalculatorCatalog.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_example_calculates_with_an_explanation_citing_its_standard(string name)
    {
        var client = app.Anonymous();
        var example = await client.GetStringAsync($"/api/v1/calculators/{name}/example", Ct);
        var response = await client.PostAsync($"/api/v1/calculators/{name}", new StringContent(example, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.True(report.GetProperty("valid").GetBoolean());
        var standard = report.GetProperty("standard").GetString()!;
        var steps = report.GetProperty("explanation").GetProperty("steps");
        Assert.True(steps.GetArrayLength() > 0);
        Assert.All(steps.EnumerateArray(), s => Assert.StartsWith(standard.Split('-')[0], s.GetProperty("clause").GetString()));
        Assert.NotEmpty(report.GetProperty("explanation").GetProperty("references").EnumerateArray());
    }

    [Fact]
    public async Task The_assembly_rate_of_the_example_is_54_percent_and_short_of_grade_a_by_6_points()
    {
        var example = CalculatorExamples.For("assembly-rate")!;
        var response = await app.Anonymous().PostAsync("/api/v1/calculators/assembly-rate", new StringContent(example, Encoding.UTF8, "application/json"), Ct);
        var report = await response.ReadJsonAsync();
        Assert.Contains("装配率 54%", report.GetProperty("explanation").GetProperty("summary").GetString());
        var shortfall = report.GetProperty("explanation").GetProperty("shortfalls")[0];
        Assert.Equal("60", shortfall.GetProperty("required").GetString());
    }

    [Fact]
    public async Task An_impossible_ratio_gets_400_naming_the_field_in_chinese_and_nothing_is_clamped()
    {
        var response = await app.Anonymous().PostAsync("/api/v1/calculators/assembly-rate",
            new StringContent("{\"verticalMembersPercent\": 120, \"horizontalMembersPercent\": 70, \"fullDecoration\": true}", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("VerticalMembersPercent", errors.GetProperty("VerticalMembersPercent")[0].GetString());
        Assert.Contains("120", errors.GetProperty("VerticalMembersPercent")[0].GetString());
    }

    [Fact]
    public async Task Malformed_json_and_unknown_fields_are_refused_with_the_json_path()
    {
        var malformed = await app.Anonymous().PostAsync("/api/v1/calculators/carbon", new StringContent("{\"floorArea\": ", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var unknown = await app.Anonymous().PostAsync("/api/v1/calculators/carbon", new StringContent("{\"floorAreaa\": 10}", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("floorAreaa", await unknown.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_unknown_calculator_is_404()
    {
        var response = await app.Anonymous().PostAsync("/api/v1/calculators/astrology", new StringContent("{}", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_form_page_calculates_and_shows_the_explanation_table()
    {
        var client = app.CookieClient("form", out _);
        var token = await GreenBuildApp.AntiforgeryToken(client, "/calculators/assembly-rate");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["verticalMembersPercent"] = "80", ["horizontalMembersPercent"] = "80",
            ["nonMasonryExteriorWallPercent"] = "80", ["exteriorWallIntegrationPercent"] = "80", ["nonMasonryPartitionPercent"] = "50",
            ["partitionIntegrationPercent"] = "80", ["fullDecoration"] = "true", ["dryFloorPercent"] = "70",
            ["integratedKitchenPercent"] = "90", ["integratedBathroomPercent"] = "90", ["pipelineSeparationPercent"] = "70",
        };
        var html = await (await client.PostAsync("/calculators/assembly-rate", new FormUrlEncodedContent(form), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("装配率 100%", html);
        Assert.Contains("GB/T 51129-2017 §4.0.1", html);
        Assert.Contains("AAA", html);
    }

    [Fact]
    public async Task The_form_page_names_a_field_that_is_not_a_number()
    {
        var client = app.CookieClient("form-bad", out _);
        var token = await GreenBuildApp.AntiforgeryToken(client, "/calculators/carbon");
        var response = await client.PostAsync("/calculators/carbon", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["floorArea"] = "一万", ["designLifeYears"] = "50",
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("字段“建筑面积（m²）”：“一万”不是有效的数字", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public void Every_form_field_and_choice_has_a_label_in_both_languages()
    {
        var zh = GreenBuild.Platform.Localization.JsonStringLocalizer.TableFor("zh-CN");
        var missing = CalculatorCatalog.All
            .SelectMany(c => CalculatorForm.FieldsOf(c.InputType))
            .SelectMany(f => f.Choices.Select(c => "calc.enum." + c).Prepend("calc.field." + f.Path))
            .Where(key => !zh.ContainsKey(key))
            .Distinct()
            .ToList();
        Assert.Empty(missing);
    }
}
