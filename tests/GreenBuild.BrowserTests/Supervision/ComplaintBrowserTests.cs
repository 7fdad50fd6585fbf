using GreenBuild.Platform.Demo;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Supervision;

/// <summary>
/// The anonymous complaint flow in Chromium: file with a photo (the browser solves the proof-of-work), get the tracking
/// code, follow the status; the city officer routes and answers; hostile text stays text on every page.
/// </summary>
public sealed class ComplaintBrowserTests(SqliteBrowserApp app) : IClassFixture<SqliteBrowserApp>
{
    private const string Hostile = "<img src=x onerror=\"alert('xss')\"> 小区外墙保温层大面积脱落，疑似未使用 A 级保温材料。";

    [Fact]
    public async Task Anyone_files_a_complaint_gets_a_tracking_code_and_follows_it_to_the_answer()
    {
        var page = await app.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        await page.GotoAsync("/complaints");
        await page.GetByLabel("投诉类别").SelectOptionAsync(new SelectOptionValue { Label = "建筑节能" });
        await page.GetByLabel("所在城市（区县）").SelectOptionAsync("140105");
        await page.GetByLabel("地点").FillAsync("太原市小店区某小区 3 号楼");
        await page.GetByLabel("问题描述").FillAsync(Hostile);
        await page.GetByLabel("附件").SetInputFilesAsync(new FilePayload
        {
            Name = "现场照片.png", MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
        });
        await page.GetByLabel("联系电话（可选）").FillAsync("0351-1234567");
        await BrowserApp.ScreenshotAsync(page, "complaint-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

        await page.WaitForURLAsync("**/complaints/track?code=*", new() { Timeout = 60_000 });
        var code = (await page.GetByTestId("tracking-code").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "办理状态：已收到，待受理" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "complaint-filed");

        var officer = await app.NewPageAsync();
        await app.SignInAsync(officer, $"taiyuan@{SeedPlatformDemo.DemoDomain}", SeedPlatformDemo.DemoPassword);
        await officer.GotoAsync("/supervision/complaints");
        await officer.GetByRole(AriaRole.Link, new() { Name = $"办理 {code}" }).ClickAsync();
        await Assertions.Expect(officer.GetByTestId("complaint-description")).ToHaveTextAsync(Hostile);
        await officer.GetByLabel("办理方式").SelectOptionAsync("Route");
        await officer.GetByLabel("办理意见").FillAsync("已受理，转小店区住建局现场核查。");
        await officer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(officer.GetByText("已受理并转办 · 太原市住建局（演示）")).ToBeVisibleAsync();
        await officer.GetByLabel("办理方式").SelectOptionAsync("Answer");
        await officer.GetByLabel("办理意见").FillAsync("经核查情况属实，已责令施工单位 15 日内整改。");
        await officer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(officer.GetByText("已答复 · 太原市住建局（演示）")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(officer, "complaint-officer");

        await page.GotoAsync("/complaints/track");
        await page.GetByLabel("查询码").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "办理状态：已答复" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("answer")).ToHaveTextAsync("经核查情况属实，已责令施工单位 15 日内整改。");
        await Assertions.Expect(page.GetByText("太原市住建局（演示）")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "complaint-answered");
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task A_forbidden_file_is_refused_with_the_reason_and_the_text_is_kept()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/complaints");
        await page.GetByLabel("投诉类别").SelectOptionAsync(new SelectOptionValue { Label = "绿色建筑" });
        await page.GetByLabel("所在城市（区县）").SelectOptionAsync("140200");
        await page.GetByLabel("地点").FillAsync("大同市平城区");
        await page.GetByLabel("问题描述").FillAsync("宣传为二星级绿色建筑，但未见任何节能措施。");
        await page.GetByLabel("附件").SetInputFilesAsync(new FilePayload { Name = "证据.png", MimeType = "image/png", Buffer = "<html><script>alert(1)</script>"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("附件“证据.png”不是允许的类型", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByLabel("问题描述")).ToHaveValueAsync("宣传为二星级绿色建筑，但未见任何节能措施。");
        await BrowserApp.ScreenshotAsync(page, "complaint-refused");
    }
}
