using System.Net;
using System.Security.Cryptography;
using System.Text;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Platform;

/// <summary>API keys: stored hashed, acting as their owner within their scopes, revocable at once.</summary>
public abstract class ApiKeyTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_key_acts_as_its_owner_with_its_scopes_and_only_its_hash_is_stored()
    {
        var (token, prefix) = await CreateKey(DemoAccounts.EmailOf(Roles.CityOfficer), "read", "indicators:report");
        var client = WithKey(token);
        var me = await (await client.GetAsync("/api/v1/me", Ct)).ReadJsonAsync();
        Assert.Equal("140100", me.GetProperty("cityCode").GetString());
        Assert.Contains("CityOfficer", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["read", "indicators:report"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());

        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().ApiKeys.SingleAsync(k => k.Prefix == prefix, Ct);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), stored.SecretHash);
        Assert.DoesNotContain(token.Split('_')[2], stored.SecretHash);
    }

    [Fact]
    public async Task An_unknown_key_gets_401_with_a_chinese_problem()
    {
        var response = await WithKey("gb_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("未登录或凭据无效", (await response.ReadJsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var (token, prefix) = await CreateKey(DemoAccounts.EmailOf(Roles.Applicant), "read");
        Assert.Equal(HttpStatusCode.OK, (await WithKey(token).GetAsync("/api/v1/me", Ct)).StatusCode);
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/api-keys/{prefix}/revoke", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(token).GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_read_key_of_an_administrator_cannot_write()
    {
        var (token, _) = await CreateKey(DemoAccounts.EmailOf(Roles.ProvinceAdmin), "read");
        var client = WithKey(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin/users", Ct)).StatusCode);
        var write = await client.PostJsonAsync("/api/v1/admin/organizations", new { name = "经密钥创建", kind = "Other" });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task A_city_officers_key_cannot_reach_administration()
    {
        var (token, _) = await CreateKey(DemoAccounts.EmailOf(Roles.CityOfficer), "read");
        Assert.Equal(HttpStatusCode.Forbidden, (await WithKey(token).GetAsync("/api/v1/admin/users", Ct)).StatusCode);
    }

    [Fact]
    public async Task Unknown_scopes_are_refused_by_name()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await admin.PostJsonAsync("/api/v1/admin/api-keys",
            new { name = "bad", ownerEmail = DemoAccounts.EmailOf(Roles.Applicant), scopes = new[] { "everything" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("未知的权限范围“everything”", await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<(string Token, string Prefix)> CreateKey(string ownerEmail, params string[] scopes)
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await admin.PostJsonAsync("/api/v1/admin/api-keys", new { name = "测试采集器", ownerEmail, scopes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.ReadJsonAsync();
        return (json.GetProperty("token").GetString()!, json.GetProperty("prefix").GetString()!);
    }

    private HttpClient WithKey(string token)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", token);
        return client;
    }
}

public sealed class ApiKeyTestsOnSqlite(SqliteApp app) : ApiKeyTests(app), IClassFixture<SqliteApp>;

public sealed class ApiKeyTestsOnPostgres(PostgresApp app) : ApiKeyTests(app), IClassFixture<PostgresApp>;
