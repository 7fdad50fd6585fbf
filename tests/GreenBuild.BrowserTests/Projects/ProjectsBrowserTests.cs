using GreenBuild.Platform.Demo;
using GreenBuild.Projects.Demo;
using GreenBuild.Tests.Projects;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Projects;

/// <summary>The registry in a real browser: an import with an error report, its correction and commit, a project's findings and stage comparison.</summary>
public abstract class ProjectsBrowserTests(BrowserApp app)
{
    private static string Taiyuan => $"taiyuan@{SeedPlatformDemo.DemoDomain}";

    [Fact]
    public async Task A_city_officer_imports_a_file_reads_the_error_report_corrects_it_and_commits_it()
    {
        var prefix = $"BR{Guid.NewGuid():N}"[..10].ToUpperInvariant();
        var good = ProjectFiles.Residential($"{prefix}-1");
        var bad = ProjectFiles.Residential($"{prefix}-2");
        bad["floorAreaAbove"] = "三万二";
        bad["cityCode"] = "140212";
        var folder = Directory.CreateTempSubdirectory("gb-import-");
        var badFile = Path.Combine(folder.FullName, "项目-有错误.xlsx");
        await File.WriteAllBytesAsync(badFile, ProjectFiles.Xlsx([good, bad]), TestContext.Current.CancellationToken);

        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Taiyuan, SeedPlatformDemo.DemoPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "项目库", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "批量导入" }).ClickAsync();
        await page.GetByLabel("文件").SetInputFilesAsync(badFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并校验" }).ClickAsync();

        var errors = page.GetByRole(AriaRole.Table, new() { Name = "错误报告" });
        await Assertions.Expect(errors).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(errors.GetByRole(AriaRole.Row).Filter(new() { HasText = "三万二" })).ToContainTextAsync("不是数字");
        await Assertions.Expect(errors.GetByRole(AriaRole.Row).Filter(new() { HasText = "140212" })).ToContainTextAsync("不能登记其他城市的项目");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认导入" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("整个文件都不会导入");
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-import-errors");

        bad["floorAreaAbove"] = "32000";
        bad["cityCode"] = "140105";
        var goodFile = Path.Combine(folder.FullName, "项目-已修改.xlsx");
        await File.WriteAllBytesAsync(goodFile, ProjectFiles.Xlsx([good, bad]), TestContext.Current.CancellationToken);
        await page.GotoAsync("/projects/import");
        await page.GetByLabel("文件").SetInputFilesAsync(goodFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并校验" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已导入" })).ToContainTextAsync("新增 2", new() { Timeout = 30_000 });
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-import-committed");

        await page.GotoAsync($"/projects?q={prefix}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "共 2 个项目" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"{prefix}-2" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"测试住宅小区 {prefix}-2" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "规则检查结果" })).ToContainTextAsync("符合当前规则集");
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_project_shows_its_findings_with_their_source_and_compares_the_design_with_what_was_completed()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, $"officer@{SeedPlatformDemo.DemoDomain}", SeedPlatformDemo.DemoPassword);
        await page.GotoAsync($"/projects?q={SeedProjectsDemo.CompletedCode}");
        await page.GetByRole(AriaRole.Link, new() { Name = SeedProjectsDemo.CompletedCode }).ClickAsync();
        var comparison = page.GetByRole(AriaRole.Table, new() { Name = "施工图审查与竣工验收对比" });
        await Assertions.Expect(comparison).ToContainTextAsync("地上建筑面积");
        await Assertions.Expect(comparison).ToContainTextAsync("一星级");
        await page.GetByRole(AriaRole.Region, new() { Name = "施工图审查与竣工验收对比" }).ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-stage-comparison");

        await page.GotoAsync("/projects?hasMandatoryFindings=true");
        await page.GetByRole(AriaRole.Table, new() { Name = "项目库" }).GetByRole(AriaRole.Link).First.ClickAsync();
        var findings = page.GetByRole(AriaRole.Region, new() { Name = "规则检查结果" });
        await Assertions.Expect(findings.GetByText("强制").First).ToBeVisibleAsync();
        await Assertions.Expect(findings).ToContainTextAsync("山西省“十四五”建筑节能、绿色建筑与科技标准发展规划");
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-findings");
    }
}

public sealed class ProjectsBrowserTestsOnSqlite(SqliteBrowserApp app) : ProjectsBrowserTests(app), IClassFixture<SqliteBrowserApp>;

public sealed class ProjectsBrowserTestsOnPostgres(PostgresBrowserApp app) : ProjectsBrowserTests(app), IClassFixture<PostgresBrowserApp>;
