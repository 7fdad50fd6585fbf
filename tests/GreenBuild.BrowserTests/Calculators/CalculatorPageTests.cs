using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Calculators;

/// <summary>A calculator's form in the browser: fill, calculate, read the explanation.</summary>
public sealed class CalculatorPageTests(SqliteBrowserApp app) : IClassFixture<SqliteBrowserApp>
{
    /// <summary>The example with Q1 = 30 + 20 (80% and 80%), Q2 = 12, Q3 = 12: P = 74%, grade A (60–75%).</summary>
    [Fact]
    public async Task The_assembly_rate_form_shows_the_rate_the_grade_and_each_clause()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/calculators");
        await page.GetByRole(AriaRole.Link, new() { Name = "装配式建筑装配率计算与等级评价" }).ClickAsync();
        await page.GetByLabel("主体结构竖向构件预制比例（%）").FillAsync("80");
        await page.GetByLabel("梁、板、楼梯等水平构件预制比例（%）").FillAsync("80");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("calc-summary")).ToContainTextAsync("装配率 74%，认定为装配式建筑，评价等级：A级");
        var steps = page.GetByRole(AriaRole.Table, new() { Name = "计算步骤" });
        await Assertions.Expect(steps.GetByRole(AriaRole.Cell, new() { Name = "GB/T 51129-2017 §5.0.2" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "所用参考数据（版本）" })).ToContainTextAsync("gbt-51129-2017-assembly-rate.json");
        await BrowserApp.ScreenshotAsync(page, "calculator-assembly-rate");
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_named_and_nothing_is_calculated()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/calculators/energy-use");
        await page.GetByLabel("建筑面积（m²）").FillAsync("一万二");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("字段“建筑面积（m²）”：“一万二”不是有效的数字");
        await Assertions.Expect(page.GetByTestId("calc-summary")).ToHaveCountAsync(0);
    }
}
