using System.Net;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Demo;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Platform;

/// <summary>Sign-in, lockout, disabled accounts, expired sessions and password changes.</summary>
public abstract class AccountsTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_chinese_message()
    {
        var client = app.CookieClient("wrong", out _);
        var response = await GreenBuildApp.SignInAsync(client, DemoAccounts.EmailOf(Roles.Expert), "not-the-password1");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("邮箱或密码不正确", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var email = $"lockout-{Guid.NewGuid():N}@example.cn";
        await CreateUser(admin, email, Roles.Expert);
        var client = app.CookieClient("lockout", out _);
        for (var i = 0; i < 5; i++)
        {
            await GreenBuildApp.SignInAsync(client, email, "wrong-password-1");
        }

        var response = await GreenBuildApp.SignInAsync(client, email, SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("锁定", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_open_session_ends()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var email = $"disabled-{Guid.NewGuid():N}@example.cn";
        var id = await CreateUser(admin, email, Roles.Applicant);
        var session = await app.SignedIn(email, SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/me", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{id}/disable", null, Ct)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(2)); // past the security-stamp validation interval
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/v1/me", Ct)).StatusCode);

        var again = await GreenBuildApp.SignInAsync(app.CookieClient("again", out _), email, SeedPlatformDemo.DemoPassword);
        Assert.Contains("停用", await again.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_expired_session_gets_401_from_the_api_and_the_sign_in_page_from_the_ui()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var email = $"expiry-{Guid.NewGuid():N}@example.cn";
        await CreateUser(admin, email, Roles.Expert);
        var session = await app.SignedIn(email, SeedPlatformDemo.DemoPassword);
        app.Clock.Advance(TimeSpan.FromHours(9));
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/v1/me", Ct)).StatusCode);
        var page = await session.GetAsync("/account/password", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", page.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Changing_the_password_requires_the_current_one_and_enforces_the_policy()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var email = $"password-{Guid.NewGuid():N}@example.cn";
        await CreateUser(admin, email, Roles.Inspector);
        var session = await app.SignedIn(email, SeedPlatformDemo.DemoPassword);

        var wrong = await session.PostJsonAsync("/api/v1/account/password", new { currentPassword = "nope-nope-1", newPassword = "another-password-2" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("当前密码不正确", await wrong.Content.ReadAsStringAsync(Ct));

        var weak = await session.PostJsonAsync("/api/v1/account/password", new { currentPassword = SeedPlatformDemo.DemoPassword, newPassword = "short" });
        var weakBody = await weak.Content.ReadAsStringAsync(Ct);
        Assert.Contains("至少需要 10 位", weakBody);
        Assert.Contains("字段“密码”", weakBody);

        var ok = await session.PostJsonAsync("/api/v1/account/password", new { currentPassword = SeedPlatformDemo.DemoPassword, newPassword = "another-password-2" });
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        await app.SignedIn(email, "another-password-2");
    }

    [Fact]
    public async Task Signing_out_with_a_forged_antiforgery_token_is_refused_and_changes_nothing()
    {
        var session = await app.SignedInAs(Roles.Expert);
        var forged = await session.PostAsync("/account/sign-out",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_city_officer_must_name_a_known_city()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await admin.PostJsonAsync("/api/v1/admin/users", new
        {
            email = $"nocity-{Guid.NewGuid():N}@example.cn", displayName = "无城市", role = Roles.CityOfficer,
            password = SeedPlatformDemo.DemoPassword, cityCode = "990100",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Contains("未知的城市代码“990100”", body.GetProperty("errors").GetProperty("cityCode")[0].GetString());
    }

    [Fact]
    public async Task Pages_send_security_headers_with_a_strict_content_security_policy()
    {
        var response = await app.Anonymous().GetAsync("/account/sign-in", Ct);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<string> CreateUser(HttpClient admin, string email, string role)
    {
        var response = await admin.PostJsonAsync("/api/v1/admin/users", new
        {
            email, displayName = "测试用户", role, password = SeedPlatformDemo.DemoPassword, cityCode = role == Roles.CityOfficer ? "140100" : null,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }
}

public sealed class AccountsTestsOnSqlite(SqliteApp app) : AccountsTests(app), IClassFixture<SqliteApp>;

public sealed class AccountsTestsOnPostgres(PostgresApp app) : AccountsTests(app), IClassFixture<PostgresApp>;
