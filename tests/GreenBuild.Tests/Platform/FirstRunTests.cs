using System.Net;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Platform;

/// <summary>GreenBuild on an empty database without demo data: the first administrator is made at /setup.</summary>
public abstract class EmptyApp : GreenBuildApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:SeedOnFirstStart", "false");
    }
}

public sealed class EmptySqliteApp : EmptyApp
{
    public override TestDatabase Database { get; } = TestDatabase.Sqlite();
}

public sealed class EmptyPostgresApp : EmptyApp
{
    public override TestDatabase Database { get; } = TestDatabase.Postgres();
}

public sealed class FirstRunTestsOnSqlite(EmptySqliteApp app) : FirstRunTests(app), IClassFixture<EmptySqliteApp>;

public sealed class FirstRunTestsOnPostgres(EmptyPostgresApp app) : FirstRunTests(app), IClassFixture<EmptyPostgresApp>;

public abstract class FirstRunTests(EmptyApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_administrator_is_created_at_setup_and_setup_then_closes()
    {
        var client = app.CookieClient("setup", out _);
        var token = await GreenBuildApp.AntiforgeryToken(client, "/setup");
        var response = await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Organization"] = "山西省住房和城乡建设厅", ["DisplayName"] = "首位管理员",
            ["Email"] = "first@zjt.example.cn", ["Password"] = "first-admin-pw1",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var me = await (await client.GetAsync("/api/v1/me", Ct)).ReadJsonAsync();
        Assert.Contains(Roles.ProvinceAdmin, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/setup", Ct)).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Users.CountAsync(Ct));
    }

    [Fact]
    public async Task Behind_tls_the_server_sends_hsts()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://greenbuild.example.cn"), AllowAutoRedirect = false,
        });
        var response = await client.GetAsync("/healthz", Ct);
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
        var plain = await app.Anonymous().GetAsync("/healthz", Ct);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }
}
