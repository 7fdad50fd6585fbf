using System.Text.Json.Nodes;
using GreenBuild.Platform.Demo;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Projects;

/// <summary>The province administrator previews and publishes a new rule-set version on /projects/rules (a fixture of its own: it publishes).</summary>
public abstract class RuleSetBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task The_administrator_pastes_a_new_version_previews_what_changes_and_publishes_it()
    {
        var page = await app.NewPageAsync();
        var set = JsonNode.Parse(await (await page.APIRequest.GetAsync($"{app.BaseUrl}/api/v1/projects/rule-sets/2022.1")).TextAsync())!;
        set["version"] = "2026.1";
        set["publishedOn"] = "2026-01-01";
        var old = set["rules"]!.AsArray().Single(r => r!["code"]!.GetValue<string>() == "EE-RESIDENTIAL-75")!;
        old["validTo"] = "2026-01-01";
        var raised = old.DeepClone();
        (raised["code"], raised["title"], raised["validFrom"], raised["validTo"]) = ("EE-RESIDENTIAL-83", "城镇新建居住建筑执行 83% 节能标准", "2026-01-01", null);
        raised["requires"]!["value"] = "83";
        set["rules"]!.AsArray().Add(raised);

        await app.SignInAsync(page, $"admin@{SeedPlatformDemo.DemoDomain}", SeedPlatformDemo.DemoPassword);
        await page.GotoAsync("/projects/rules");
        await page.GetByLabel("规则集 JSON").FillAsync("{ 不是 JSON");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("不是有效的 JSON");

        await page.GetByLabel("规则集 JSON").FillAsync(set.ToJsonString());
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        var preview = page.GetByTestId("rule-set-preview");
        await Assertions.Expect(preview).ToContainTextAsync("预览：版本 2026.1（取代 2022.1）");
        await Assertions.Expect(preview).ToContainTextAsync("EE-RESIDENTIAL-83 新增");
        await Assertions.Expect(preview).ToContainTextAsync("EE-RESIDENTIAL-75 修改");
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("规则集 2026.1 已发布");
        await Assertions.Expect(page.GetByText("当前版本 2026.1")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "项目审查规则" })).ToContainTextAsync("EE-RESIDENTIAL-83");
        await page.GetByTestId("rule-set-versions").GetByRole(AriaRole.Link, new() { Name = "2022.1" }).ClickAsync();
        await Assertions.Expect(page.GetByText("历史版本 2022.1")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-old-version");
    }
}

public sealed class RuleSetBrowserTestsOnSqlite(SqliteBrowserApp app) : RuleSetBrowserTests(app), IClassFixture<SqliteBrowserApp>;

public sealed class RuleSetBrowserTestsOnPostgres(PostgresBrowserApp app) : RuleSetBrowserTests(app), IClassFixture<PostgresBrowserApp>;
