using System.Text;
using GreenBuild.Platform.Demo;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Energy;

/// <summary>A city officer registers a building and its meter from the web UI, uploads a small CSV and reads the batch's report, in a real browser.</summary>
public abstract class MonitoringBrowserTests(BrowserApp app)
{
    private static string Taiyuan => $"taiyuan@{SeedPlatformDemo.DemoDomain}";

    [Fact]
    public async Task A_city_officer_registers_a_building_and_a_meter_uploads_a_csv_and_sees_its_report()
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) { errors.Add(message.Text); } };
        page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) { errors.Add($"{response.Status} {response.Url}"); } };
        await app.SignInAsync(page, Taiyuan, SeedPlatformDemo.DemoPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "监测登记", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "监测登记", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记监测建筑" }).ClickAsync();

        var code = "1401059" + Random.Shared.Next(100, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var form = page.GetByRole(AriaRole.Form, new() { Name = "监测建筑信息" });
        await form.GetByLabel("建筑编码").FillAsync(code);
        await form.GetByLabel("名称").FillAsync("浏览器测试办公楼");
        await form.GetByLabel("所属城市").SelectOptionAsync("140105");
        await form.GetByLabel("建筑类型").SelectOptionAsync(new SelectOptionValue { Label = "商业办公" });
        await form.GetByLabel("建筑面积 (m²)").FillAsync("一万");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("字段“建筑面积”：“一万”不是有效的数值");
        await form.GetByLabel("建筑面积 (m²)").FillAsync("8600");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("监测建筑已保存");

        await page.GetByRole(AriaRole.Link, new() { Name = "登记计量表" }).ClickAsync();
        var meter = page.GetByRole(AriaRole.Form, new() { Name = "计量表信息" });
        await meter.GetByLabel("表计编码").FillAsync(code + "-E");
        await meter.GetByLabel("名称").FillAsync("总电表");
        await meter.GetByLabel("倍率").FillAsync("1");
        await meter.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("计量表已保存");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "换表记录" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-meter");

        await page.GetByRole(AriaRole.Link, new() { Name = "上传读数文件", Exact = true }).ClickAsync();
        var csv = $"""
            表计编码,时间,读数,单位
            {code}-E,2026-01-05T00:00:00+08:00,1000,kWh
            {code}-E,2026-01-05T01:00:00+08:00,1012.5,kWh
            {code}-E,2026-01-05T02:00:00+08:00,1025,kWh
            {code}-E,2026-01-05T03:00:00,1031,kWh
            1402000001-E,2026-01-05T03:00:00+08:00,5,kWh
            """;
        var upload = page.GetByRole(AriaRole.Form, new() { Name = "上传读数文件" });
        await upload.GetByLabel("文件").SetInputFilesAsync(new FilePayload { Name = "一月读数.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await upload.GetByRole(AriaRole.Button, new() { Name = "上传并导入" }).ClickAsync();
        var report = page.GetByTestId("upload-report");
        await Assertions.Expect(report).ToContainTextAsync("批次已保存（原子提交）");
        await Assertions.Expect(page.GetByTestId("upload-counts")).ToContainTextAsync("接收3");
        var rows = report.GetByRole(AriaRole.Table, new() { Name = "错误明细" }).GetByRole(AriaRole.Row);
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("第 5 行：时间“2026-01-05T03:00:00”缺少时区");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("表计“1402000001-E”不属于本采集器（或不在您的管辖范围内），无权写入");
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-upload-report");
        Assert.Empty(errors);
    }
}

public sealed class MonitoringBrowserTestsOnSqlite(SqliteBrowserApp app) : MonitoringBrowserTests(app), IClassFixture<SqliteBrowserApp>;

public sealed class MonitoringBrowserTestsOnPostgres(PostgresBrowserApp app) : MonitoringBrowserTests(app), IClassFixture<PostgresBrowserApp>;
