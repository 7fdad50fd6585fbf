using GreenBuild.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests;

/// <summary>
/// The real GreenBuild server on Kestrel (a free loopback port, a fresh database with the demo data) and
/// Debian's Chromium driven by Playwright. A missing browser fails the tests; it never skips them.
/// </summary>
public abstract class BrowserApp : IAsyncLifetime
{
    private WebApplication? server;
    private IPlaywright? playwright;

    public abstract TestDatabase Database { get; }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("GREENBUILD_TEST_OUTPUT") is { Length: > 0 } o ? o : Path.Combine(AppContext.BaseDirectory, "test-output"),
        "screenshots");

    public async ValueTask InitializeAsync()
    {
        await Database.CreateAsync();
        var builder = GreenBuildHost.CreateBuilder(
            ["--urls=http://127.0.0.1:0", $"--ConnectionStrings:GreenBuild={Database.ConnectionString}", "--GREENBUILD_DB="]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        server = GreenBuildHost.Build(builder);
        await GreenBuildHost.InitializeAsync(server.Services, seedDemoIfEmpty: true);
        await server.StartAsync();
        BaseUrl = server.Urls.First();

        var chromium = Environment.GetEnvironmentVariable("GREENBUILD_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: run ./test.sh, which installs Debian's chromium.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        await Database.DropAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A fresh browser context (no cookies) at a desktop size, in Chinese.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "zh-CN", TimezoneId = "Asia/Shanghai", ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = false });
}

public sealed class SqliteBrowserApp : BrowserApp
{
    public override TestDatabase Database { get; } = TestDatabase.Sqlite();
}

public sealed class PostgresBrowserApp : BrowserApp
{
    public override TestDatabase Database { get; } = TestDatabase.Postgres();
}
