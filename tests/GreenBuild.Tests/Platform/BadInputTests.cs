using System.Net;
using System.Text;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Platform;

/// <summary>Malformed, oversized and hostile input gets a clear Chinese error and changes nothing.</summary>
public abstract class BadInputTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Malformed_json_gets_a_chinese_400_problem_and_changes_nothing()
    {
        var before = await AuditCount();
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await admin.PostAsync("/api/v1/admin/organizations",
            new StringContent("{\"name\": \"半截", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("请求格式不正确", problem.GetProperty("title").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.Equal(before, await AuditCount());
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_gets_400()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await admin.PostAsync("/api/v1/admin/organizations",
            new StringContent("{\"name\": 42, \"kind\": \"Nonsense\"}", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Validation_errors_name_the_field_in_chinese()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await admin.PostJsonAsync("/api/v1/admin/organizations", new { name = "", kind = "Other", creditCode = "abc" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal("字段“统一社会信用代码”：统一社会信用代码应为 18 位数字或大写字母", errors.GetProperty("creditCode")[0].GetString());
        Assert.Contains("名称", errors.GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task An_oversized_body_gets_413_and_changes_nothing()
    {
        var before = await AuditCount();
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var huge = "{\"name\": \"" + new string('x', 17 * 1024 * 1024) + "\", \"kind\": \"Other\"}";
        var response = await admin.PostAsync("/api/v1/admin/organizations", new StringContent(huge, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await AuditCount());
    }

    [Fact]
    public async Task User_entered_text_is_encoded_when_shown()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var name = $"<script>alert('x')</script>{Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/admin/organizations", new { name, kind = "Other" })).StatusCode);
        var html = await admin.GetStringAsync("/admin/organizations", Ct);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(", html);
    }

    [Fact]
    public async Task An_unknown_api_path_gets_a_404_problem()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await admin.GetAsync("/api/v1/no-such-thing", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("未找到", (await response.ReadJsonAsync()).GetProperty("title").GetString());
    }

    private async Task<int> AuditCount()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().AuditEntries.CountAsync(Ct);
    }
}

public sealed class BadInputTestsOnSqlite(SqliteApp app) : BadInputTests(app), IClassFixture<SqliteApp>;

public sealed class BadInputTestsOnPostgres(PostgresApp app) : BadInputTests(app), IClassFixture<PostgresApp>;
