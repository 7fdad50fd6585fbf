using GreenBuild.Platform.Demo;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Energy;

/// <summary>The energy overview and a building's page with its charts, EUI, bill and quality rule, in a real browser.</summary>
public abstract class EnergyBrowserTests(BrowserApp app)
{
    private static string Officer => $"officer@{SeedPlatformDemo.DemoDomain}";

    [Fact]
    public async Task The_province_opens_a_building_from_the_ranking_and_sees_its_charts_eui_bill_and_quality()
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) { errors.Add(message.Text); } };
        page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) { errors.Add($"{response.Status} {response.Url}"); } };
        await app.SignInAsync(page, Officer, SeedPlatformDemo.DemoPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "能耗监测", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "能耗监测", Exact = true })).ToBeVisibleAsync();
        var ranking = page.GetByRole(AriaRole.Table, new() { Name = "2025 年建筑能耗强度排名（括号内为市内排名）" });
        await Assertions.Expect(ranking.GetByRole(AriaRole.Row)).ToHaveCountAsync(7);
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-overview");

        await ranking.GetByRole(AriaRole.Link, new() { Name = "省直机关办公楼（演示）" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "省直机关办公楼（演示）" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("eui")).ToContainTextAsync("kWh/(m²·a)");
        await Assertions.Expect(page.GetByTestId("bill-total")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("quality-rule")).ToContainTextAsync("不计入汇总");
        var charts = page.Locator("#energy-charts");
        await Assertions.Expect(charts).ToHaveAttributeAsync("data-drawn", new System.Text.RegularExpressions.Regex("^[1-9]"));
        foreach (var chart in new[] { "#curve-chart", "#daily-chart", "#monthly-chart", "#subitem-chart" })
        {
            Assert.True(await CanvasHasInkAsync(page, chart + " canvas"), chart + " is blank");
        }

        await page.Locator("#energy-charts").ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-building-charts");
        await page.GetByRole(AriaRole.Heading, new() { Name = "省直机关办公楼（演示）" }).ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-building-top");
        Assert.Empty(errors);
    }

    private static Task<bool> CanvasHasInkAsync(IPage page, string selector) => page.EvaluateAsync<bool>(
        @"(selector) => { const c = document.querySelector(selector); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }", selector);
}

public sealed class EnergyBrowserTestsOnSqlite(SqliteBrowserApp app) : EnergyBrowserTests(app), IClassFixture<SqliteBrowserApp>;

public sealed class EnergyBrowserTestsOnPostgres(PostgresBrowserApp app) : EnergyBrowserTests(app), IClassFixture<PostgresBrowserApp>;
