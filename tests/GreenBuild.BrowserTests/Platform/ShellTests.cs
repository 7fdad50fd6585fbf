using GreenBuild.Platform.Demo;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Platform;

/// <summary>Sign-in, navigation by role, the language switch and the audit page, in a real browser.</summary>
public abstract class ShellTests(BrowserApp app)
{
    private static string Admin => $"admin@{SeedPlatformDemo.DemoDomain}";

    private static string CityOfficer => $"taiyuan@{SeedPlatformDemo.DemoDomain}";

    [Fact]
    public async Task A_wrong_password_shows_a_chinese_error_on_the_sign_in_page()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Admin, "wrong-password-1");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("邮箱或密码不正确");
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-signin-error");
    }

    [Fact]
    public async Task An_administrator_signs_in_and_sees_the_administration_in_the_navigation()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Admin, SeedPlatformDemo.DemoPassword);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "审计日志" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "用户管理" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("省厅管理员（演示）")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-home-admin");
    }

    [Fact]
    public async Task A_city_officer_does_not_see_the_administration_and_is_denied_its_pages()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, CityOfficer, SeedPlatformDemo.DemoPassword);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "行政区划" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "审计日志" })).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/audit");
        await Assertions.Expect(page.GetByText("无权访问").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_language_switch_turns_the_interface_english_and_back()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/places");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "行政区划" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Places" })).ToBeVisibleAsync();
        Assert.EndsWith("/places", page.Url);
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-places-english");
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "行政区划" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_places_page_lists_the_eleven_cities_in_chinese_with_cjk_fonts()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/places");
        await Assertions.Expect(page.Locator(".card-title")).ToHaveCountAsync(11);
        await Assertions.Expect(page.GetByText("古交市")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Noto Sans CJK SC\"', '山西')"));
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-places");
    }

    [Fact]
    public async Task The_audit_page_lists_changes_filters_them_and_verifies_the_chain()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Admin, SeedPlatformDemo.DemoPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "审计日志" }).ClickAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "审计日志" });
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await page.GetByLabel("对象类型").SelectOptionAsync("Organization");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Cell, new() { Name = "Organization" }).First).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Cell, new() { Name = "Place", Exact = true })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "校验哈希链" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("audit-verdict")).ToContainTextAsync("哈希链完整");
        await BrowserApp.ScreenshotAsync(page, $"{GetType().Name}-audit");
    }
}

public sealed class ShellTestsOnSqlite(SqliteBrowserApp app) : ShellTests(app), IClassFixture<SqliteBrowserApp>;

public sealed class ShellTestsOnPostgres(PostgresBrowserApp app) : ShellTests(app), IClassFixture<PostgresBrowserApp>;
