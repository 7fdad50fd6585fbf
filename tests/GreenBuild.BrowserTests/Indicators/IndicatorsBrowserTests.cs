using GreenBuild.Platform.Demo;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Indicators;

/// <summary>The indicators dashboard (charts, the map of the 11 cities) and a city report returned by the province, in a real browser.</summary>
public abstract class IndicatorsBrowserTests(BrowserApp app)
{
    private static string Officer => $"officer@{SeedPlatformDemo.DemoDomain}";

    private static string Datong => $"datong@{SeedPlatformDemo.DemoDomain}";

    [Fact]
    public async Task The_dashboard_shows_every_indicator_draws_the_trend_and_colours_the_eleven_cities()
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) { errors.Add(message.Text); } };
        page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) { errors.Add($"{response.Status} {response.Url}"); } };
        await app.SignInAsync(page, Officer, SeedPlatformDemo.DemoPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "规划指标" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "规划指标", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("indicator-card")).ToHaveCountAsync(18);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "城镇新建建筑中装配式建筑比例" })).ToBeVisibleAsync();

        var charts = page.Locator("#indicator-charts");
        await Assertions.Expect(charts).ToHaveAttributeAsync("data-drawn", "PREFAB");
        await Assertions.Expect(charts).ToHaveAttributeAsync("data-cities", "11");
        await Assertions.Expect(charts).ToHaveAttributeAsync("data-map-features", "11");
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('#trend-chart canvas, #city-map canvas')].length >= 2"));
        Assert.True(await CanvasHasInkAsync(page, "#city-map canvas"), "the map canvas is blank");
        Assert.True(await CanvasHasInkAsync(page, "#trend-chart canvas"), "the trend canvas is blank");
        await page.Locator("#city-map").ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-dashboard-map");

        await page.GetByLabel("选择指标").SelectOptionAsync("GB-SHARE");
        await Assertions.Expect(charts).ToHaveAttributeAsync("data-drawn", "GB-SHARE");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_public_page_shows_published_indicators_without_signing_in()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/open/indicators");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "指标公开" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#indicator-charts")).ToHaveAttributeAsync("data-cities", "11");
        await Assertions.Expect(page.GetByText("新建居住建筑能效再提升")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-public");
    }

    [Fact]
    public async Task A_city_officer_submits_a_report_and_the_province_returns_it_with_a_reason()
    {
        var city = await app.NewPageAsync();
        await app.SignInAsync(city, Datong, SeedPlatformDemo.DemoPassword);
        await city.GotoAsync("/indicators/reports");
        await city.GetByRole(AriaRole.Link, new() { Name = "打开大同市的报表" }).ClickAsync();
        await Assertions.Expect(city.GetByLabel("城镇新建建筑中装配式建筑比例（%）")).ToHaveCountAsync(0); // computed from the registry
        await city.GetByLabel("城镇建筑可再生能源替代率（%）").FillAsync("abc");
        await city.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(city.GetByRole(AriaRole.Alert)).ToContainTextAsync("“城镇建筑可再生能源替代率”应为数字");
        await BrowserApp.ScreenshotAsync(city, $"{GetType().Name}-form-error");

        var values = new Dictionary<string, string>
        {
            ["城镇新建建筑能效提升（较2020年）（%）"] = "17", ["既有建筑节能改造面积（2021—2025年累计）（万m²）"] = "80",
            ["城镇建筑可再生能源替代率（%）"] = "7.5", ["城镇新建居住建筑执行节能标准（节能率）（%）"] = "83",
            ["城镇新建公共建筑执行节能标准（节能率）（%）"] = "72", ["新建居住建筑能效再提升（%）"] = "26", ["新建公共建筑能效再提升（%）"] = "17",
        };
        foreach (var (label, value) in values)
        {
            await city.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        }

        await city.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(city.GetByTestId("report-status")).ToHaveTextAsync("已提交");

        var province = await app.NewPageAsync();
        await app.SignInAsync(province, Officer, SeedPlatformDemo.DemoPassword);
        await province.GotoAsync("/indicators/reports");
        await province.GetByRole(AriaRole.Link, new() { Name = "打开大同市的报表" }).ClickAsync();
        await province.GetByLabel("退回原因").FillAsync("可再生能源替代率请附测算依据");
        await province.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
        await Assertions.Expect(province.GetByTestId("report-status")).ToHaveTextAsync("已退回");

        await city.GotoAsync(city.Url.Split('?')[0]);
        await Assertions.Expect(city.GetByTestId("return-reason")).ToContainTextAsync("可再生能源替代率请附测算依据");
        await Assertions.Expect(city.GetByRole(AriaRole.Button, new() { Name = "提交审核" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(city, $"{GetType().Name}-returned");
    }

    /// <summary>Whether a canvas has any non-transparent pixel (ECharts drew something).</summary>
    private static Task<bool> CanvasHasInkAsync(IPage page, string selector) => page.EvaluateAsync<bool>(
        @"(selector) => { const c = document.querySelector(selector); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }", selector);
}

public sealed class IndicatorsBrowserTestsOnSqlite(SqliteBrowserApp app) : IndicatorsBrowserTests(app), IClassFixture<SqliteBrowserApp>;

public sealed class IndicatorsBrowserTestsOnPostgres(PostgresBrowserApp app) : IndicatorsBrowserTests(app), IClassFixture<PostgresBrowserApp>;
