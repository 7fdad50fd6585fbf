using GreenBuild.Platform.Demo;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Supervision;

/// <summary>
/// The demo's drawn task in Chromium: anyone opens its announcement, sees the digests and that each stored draw
/// verifies, and recomputes one on the public verification page; the inspector opens its own assignment; a city
/// officer creates a draft task on the task page.
/// </summary>
public sealed class TaskBrowserTests(SqliteBrowserApp app) : IClassFixture<SqliteBrowserApp>
{
    [Fact]
    public async Task Anyone_opens_an_announced_task_and_recomputes_a_draw_on_the_verification_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/open/supervision");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "检查结果公开" })).ToContainTextAsync("未发现问题");
        await BrowserApp.ScreenshotAsync(page, "supervision-public");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "2026 年建筑节能产品双随机抽查（演示）" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2026 年建筑节能产品双随机抽查（演示）" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("verified-1")).ToHaveTextAsync("复核一致");
        await Assertions.Expect(page.GetByText("福彩3D 第2026318期 中国福利彩票官网开奖公告 — 5 5 2")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "supervision-announcement");
        await page.GetByRole(AriaRole.Button, new() { Name = "在验证页重算第 1 次抽取" }).ClickAsync();
        await Assertions.Expect(page.GetByText("与公告的摘要一致：名单未被改动。")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "supervision-recomputed");
    }

    [Fact]
    public async Task The_inspector_sees_its_own_assignment_with_the_checklist_and_its_citations()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, $"inspector@{SeedPlatformDemo.DemoDomain}", SeedPlatformDemo.DemoPassword);
        await page.GotoAsync("/supervision/inspections");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "检查记录" }).GetByRole(AriaRole.Row);
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("打开 .*（演示） 的检查记录") }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "检查表" })).ToContainTextAsync("规划 四(一)");
        await BrowserApp.ScreenshotAsync(page, "supervision-inspection");
    }

    [Fact]
    public async Task A_city_officer_creates_a_draft_task_and_a_bad_value_is_named()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, $"taiyuan@{SeedPlatformDemo.DemoDomain}", SeedPlatformDemo.DemoPassword);
        await page.GotoAsync("/supervision/tasks");
        await page.GetByLabel("任务名称").FillAsync("太原市保温材料专项抽查");
        await page.GetByLabel("抽取数量/比例").FillAsync("150");
        await page.GetByLabel("抽取方式").SelectOptionAsync("Ratio");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("抽取比例“150”无效");
        await page.GetByLabel("抽取数量/比例").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-status")).ToHaveTextAsync("草稿");
        await BrowserApp.ScreenshotAsync(page, "supervision-draft");
    }

    [Fact]
    public async Task A_city_officer_sees_its_citys_monitored_buildings_from_energy_monitoring_in_the_directory()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, $"taiyuan@{SeedPlatformDemo.DemoDomain}", SeedPlatformDemo.DemoPassword);
        await page.GotoAsync("/supervision/directory");
        var buildings = page.GetByRole(AriaRole.Table, new() { Name = "能耗监测建筑（来自能耗监测）" });
        await Assertions.Expect(buildings.Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(buildings).ToContainTextAsync("省直机关办公楼（演示）");
        await Assertions.Expect(buildings).Not.ToContainTextAsync("大同市行政中心（演示）");
        await buildings.ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(page, "supervision-directory-buildings");
        await page.GotoAsync("/notifications");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "我的通知" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "platform-notifications");
    }
}
