using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Projects;

/// <summary>
/// The province publishes a new rule-set version as data: preview (changed rules, affected projects), publication,
/// old checks unchanged, re-checks with the new version; bad versions refused with Chinese messages; only the
/// province administrator may publish. A class that publishes has its own database, so the order of tests does not matter.
/// </summary>
public abstract class RuleSetPublicationTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The shipped 2022.1 as the API serves it, raised to the 83% residential standard from 2026-01-01 as <paramref name="version"/>.</summary>
    internal static async Task<string> RaisedResidentialStandardAsync(GreenBuildApp app, string version, string publishedOn = "2026-01-01")
    {
        var anonymous = app.CreateClient();
        var set = JsonNode.Parse(await anonymous.GetStringAsync("/api/v1/projects/rule-sets/2022.1", Ct))!.AsObject();
        set["version"] = version;
        set["publishedOn"] = publishedOn;
        set["note"] = "居住建筑执行 83% 节能标准（测试用版本）";
        var rules = set["rules"]!.AsArray();
        var old = rules.Single(r => r!["code"]!.GetValue<string>() == "EE-RESIDENTIAL-75")!;
        old["validTo"] = "2026-01-01";
        var raised = old.DeepClone();
        raised["code"] = "EE-RESIDENTIAL-83";
        raised["title"] = "城镇新建居住建筑执行 83% 节能标准";
        raised["validFrom"] = "2026-01-01";
        raised["validTo"] = null;
        raised["requires"]!["value"] = "83";
        rules.Add(raised);
        return set.ToJsonString();
    }

    private static object Residential(string code, string reviewed) => new
    {
        code, name = "龙城新苑住宅小区", cityCode = "140105", ownerName = "太原龙城置业有限公司", stage = "DesignReview", buildingType = "Residential", funding = "Private",
        floorAreaAbove = 60000, floorAreaBelow = 12000, storeys = 18, height = 54.0, designReviewDate = reviewed,
        energyStandardPercent = 75, greenLevel = "Basic", structureType = "Concrete", solarThermalArea = 1200,
    };

    [Fact]
    public async Task A_published_version_becomes_current_old_checks_keep_theirs_and_a_recheck_uses_it()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var code = $"RS-{Guid.NewGuid():N}"[..20];
        var earlier = $"RS-{Guid.NewGuid():N}"[..20];
        var response = await admin.PostJsonAsync("/api/v1/projects", Residential(code, "2026-03-01"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var saved = await response.ReadJsonAsync();
        Assert.True((await admin.PostJsonAsync("/api/v1/projects", Residential(earlier, "2025-09-01"))).IsSuccessStatusCode);
        var id = saved.GetProperty("project").GetProperty("id").GetString();
        var firstCheck = saved.GetProperty("check");
        Assert.Equal("2022.1", firstCheck.GetProperty("ruleSetVersion").GetString());
        Assert.DoesNotContain(firstCheck.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleCode").GetString()!.StartsWith("EE-", StringComparison.Ordinal));

        var json = await RaisedResidentialStandardAsync(app, "2026.1");
        var preview = await admin.PostAsync("/api/v1/projects/rule-sets/preview", Body(json), Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = await preview.ReadJsonAsync();
        Assert.Equal("2022.1", shown.GetProperty("replaces").GetString());
        Assert.Equal(["EE-RESIDENTIAL-75:changed", "EE-RESIDENTIAL-83:added"],
            shown.GetProperty("rules").EnumerateArray().Select(r => $"{r.GetProperty("code").GetString()}:{r.GetProperty("change").GetString()}"));
        var affected = shown.GetProperty("affectedCodes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains(code, affected);
        Assert.DoesNotContain(earlier, affected); // reviewed before the 83% rule takes effect
        Assert.True(shown.GetProperty("projectsChecked").GetInt32() > 300);
        var versions = await (await admin.GetAsync("/api/v1/projects/rule-sets", Ct)).ReadJsonAsync();
        Assert.DoesNotContain(versions.EnumerateArray(), v => v.GetProperty("version").GetString() == "2026.1"); // a preview stores nothing

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/v1/projects/rule-sets/", Body(json), Ct)).StatusCode);
        versions = await (await app.CreateClient().GetAsync("/api/v1/projects/rule-sets", Ct)).ReadJsonAsync();
        var current = Assert.Single(versions.EnumerateArray(), v => v.GetProperty("isCurrent").GetBoolean());
        Assert.Equal("2026.1", current.GetProperty("version").GetString());
        Assert.False(current.GetProperty("isShipped").GetBoolean());
        Assert.True(versions.EnumerateArray().Single(v => v.GetProperty("version").GetString() == "2022.1").GetProperty("isShipped").GetBoolean());

        // The old check is as it was; the re-check stores a new one with the new version and the failed 83% rule.
        var checks = await (await admin.GetAsync($"/api/v1/projects/{id}/checks", Ct)).ReadJsonAsync();
        Assert.Equal("2022.1", Assert.Single(checks.EnumerateArray()).GetProperty("ruleSetVersion").GetString());
        var summary = await (await admin.PostAsync($"/api/v1/projects/recheck?q={code}", null, Ct)).ReadJsonAsync();
        Assert.Equal("2026.1", summary.GetProperty("ruleSetVersion").GetString());
        checks = await (await admin.GetAsync($"/api/v1/projects/{id}/checks", Ct)).ReadJsonAsync();
        Assert.Equal(["2022.1", "2026.1"], checks.EnumerateArray().Select(c => c.GetProperty("ruleSetVersion").GetString()).Order());
        var latest = checks.EnumerateArray().Single(c => c.GetProperty("ruleSetVersion").GetString() == "2026.1");
        var finding = Assert.Single(latest.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleCode").GetString() == "EE-RESIDENTIAL-83");
        Assert.Equal("Mandatory", finding.GetProperty("severity").GetString());
        Assert.Equal(firstCheck.GetProperty("findings").GetRawText(), checks.EnumerateArray().Single(c => c.GetProperty("ruleSetVersion").GetString() == "2022.1").GetProperty("findings").GetRawText());

        // A new save is checked with the new version; anyone can check facts against either version.
        var another = await (await admin.PostJsonAsync("/api/v1/projects", Residential($"RS-{Guid.NewGuid():N}"[..20], "2026-04-01"))).ReadJsonAsync();
        Assert.Equal("2026.1", another.GetProperty("check").GetProperty("ruleSetVersion").GetString());
        Assert.Contains(another.GetProperty("check").GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleCode").GetString() == "EE-RESIDENTIAL-83");
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/v1/projects/rule-sets/2026.1", Ct)).StatusCode);

        // The publication is audited, with who published it.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(PublishedRuleSet) && a.EntityKey == "2026.1", Ct));
        Assert.False(string.IsNullOrWhiteSpace((await db.Set<PublishedRuleSet>().SingleAsync(r => r.Version == "2026.1", Ct)).PublishedBy));

        // The page shows the new version as current and the old one on request.
        var page = await app.CreateClient().GetStringAsync("/projects/rules", Ct);
        Assert.Contains("当前版本 2026.1", page, StringComparison.Ordinal);
        Assert.Contains("EE-RESIDENTIAL-83", page, StringComparison.Ordinal);
        var old = await app.CreateClient().GetStringAsync("/projects/rules?version=2022.1", Ct);
        Assert.Contains("历史版本 2022.1", old, StringComparison.Ordinal);
        Assert.DoesNotContain("EE-RESIDENTIAL-83", old, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/projects/rules?version=1999.9", Ct)).StatusCode);
    }

    [Fact]
    public async Task Broken_duplicated_or_backdated_versions_are_refused_with_chinese_messages_and_nothing_is_stored()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        async Task<string> Refused(string json)
        {
            var response = await admin.PostAsync("/api/v1/projects/rule-sets/", Body(json), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.ReadJsonAsync()).GetProperty("errors").GetRawText();
        }

        var empty = Regex(await Refused(""));
        Assert.Contains("字段“规则集 JSON”：请提供规则集 JSON", empty, StringComparison.Ordinal);
        Assert.Contains("不是有效的 JSON", Regex(await Refused("{\"version\": \"2027.1\", ")), StringComparison.Ordinal);
        Assert.Contains("规则编码 EE-RESIDENTIAL-83 重复 2 次", Regex(await Refused((await RaisedResidentialStandardAsync(app, "2027.2")).Replace("EE-RESIDENTIAL-75", "EE-RESIDENTIAL-83", StringComparison.Ordinal))), StringComparison.Ordinal);
        var unknownField = JsonNode.Parse(await RaisedResidentialStandardAsync(app, "2027.3"))!;
        unknownField["rules"]![0]!["requires"]!["field"] = "Colour";
        Assert.Contains("未知字段 Colour", Regex(await Refused(unknownField.ToJsonString())), StringComparison.Ordinal);
        Assert.Contains("版本号“2022.1”", Regex(await Refused(await RaisedResidentialStandardAsync(app, "2022.1"))), StringComparison.Ordinal);
        Assert.Contains("发布日期 2020-01-01 早于当前版本", Regex(await Refused(await RaisedResidentialStandardAsync(app, "2027.4", "2020-01-01"))), StringComparison.Ordinal);
        var oversized = await admin.PostAsync("/api/v1/projects/rule-sets/", Body(new string(' ', 600 * 1024)), Ct);
        Assert.True(oversized.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{oversized.StatusCode}");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        Assert.False(await db.Set<PublishedRuleSet>().AnyAsync(r => r.Version.StartsWith("2027."), Ct));
    }

    private static string Regex(string errorsJson) => System.Text.RegularExpressions.Regex.Unescape(errorsJson);
}


/// <summary>Who may publish, from the API and from the page's form (a database of its own: it publishes).</summary>
public abstract class RuleSetPublicationPageTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_the_province_administrator_may_preview_or_publish_from_the_api_and_the_page()
    {
        // A rule code of its own, so the preview lists it as added whichever version the class's other tests made current.
        var json = (await RuleSetPublicationTests.RaisedResidentialStandardAsync(app, "2028.1", "2028-01-01")).Replace("EE-RESIDENTIAL-83", "EE-RESIDENTIAL-83-P", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsync("/api/v1/projects/rule-sets/", RuleSetPublicationTests.Body(json), Ct)).StatusCode);
        foreach (var role in Roles.AccountRoles.Where(r => r != Roles.ProvinceAdmin))
        {
            var client = await app.SignedInAs(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/projects/rule-sets/", RuleSetPublicationTests.Body(json), Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/projects/rule-sets/preview", RuleSetPublicationTests.Body(json), Ct)).StatusCode);
            var page = await client.GetStringAsync("/projects/rules", Ct);
            Assert.DoesNotContain("RuleSetJson", page, StringComparison.Ordinal);
            var token = await GreenBuildApp.AntiforgeryToken(client, "/account/password");
            var posted = await client.PostAsync("/projects/rules?handler=Publish",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["RuleSetJson"] = json }), Ct);
            Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
        }

        // The administrator's form: a preview, then the publication.
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var adminToken = await GreenBuildApp.AntiforgeryToken(admin, "/projects/rules");
        var previewed = await (await admin.PostAsync("/projects/rules?handler=Preview",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = adminToken, ["RuleSetJson"] = json }), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("预览：版本 2028.1", previewed[previewed.IndexOf("<main", StringComparison.Ordinal)..][..3000], StringComparison.Ordinal);
        Assert.Contains("EE-RESIDENTIAL-83-P</code> 新增", previewed, StringComparison.Ordinal);
        var broken = await (await admin.PostAsync("/projects/rules?handler=Publish",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = adminToken, ["RuleSetJson"] = "{ 不是 JSON" }), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("字段“规则集 JSON”：不是有效的 JSON", System.Net.WebUtility.HtmlDecode(broken), StringComparison.Ordinal);
        var published = await (await admin.PostAsync("/projects/rules?handler=Publish",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = adminToken, ["RuleSetJson"] = json }), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("规则集 2028.1 已发布", published, StringComparison.Ordinal);
    }
}

/// <summary><c>greenbuild projects rules list|publish</c> (a database of its own: it publishes).</summary>
public abstract class RuleSetPublicationCliTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GreenBuild.Cli.GreenBuildCli.RunAsync([.. args, "--db", app.ConnectionString], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Rules_publish_previews_with_dry_run_refuses_a_bad_file_and_publishes_a_new_version()
    {
        var shipped = System.Text.Json.Nodes.JsonNode.Parse(await app.CreateClient().GetStringAsync("/api/v1/projects/rule-sets/2022.1", Ct))!;
        shipped["version"] = "2029.1";
        shipped["publishedOn"] = "2029-01-01";
        shipped["rules"]!.AsArray().RemoveAt(0);
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, shipped.ToJsonString(), Ct);
        var removed = shipped["rules"]!.AsArray().Count + 1;

        var (dry, dryOut, _) = await Run("projects", "rules", "publish", path, "--dry-run");
        Assert.Equal(GreenBuild.Cli.ExitCodes.Ok, dry);
        Assert.Contains("删除", dryOut, StringComparison.Ordinal);
        Assert.Contains("未发布", dryOut, StringComparison.Ordinal);
        Assert.DoesNotContain("2029.1", (await Run("projects", "rules", "list")).Output, StringComparison.Ordinal);

        await File.WriteAllTextAsync(path + ".bad", "{ \"version\": ", Ct);
        var (bad, _, badError) = await Run("projects", "rules", "publish", path + ".bad");
        Assert.Equal(GreenBuild.Cli.ExitCodes.Refused, bad);
        Assert.Contains("不是有效的 JSON", badError, StringComparison.Ordinal);

        Assert.Equal(GreenBuild.Cli.ExitCodes.Ok, (await Run("projects", "rules", "publish", path)).Code);
        var list = (await Run("projects", "rules", "list")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("2029.1\t2029-01-01\t" + (removed - 1), list[^1], StringComparison.Ordinal);
        Assert.Contains("当前", list[^1], StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<PublishedRuleSet>().SingleAsync(r => r.Version == "2029.1", Ct);
        Assert.StartsWith("命令行", published.PublishedBy, StringComparison.Ordinal);
        File.Delete(path);
        File.Delete(path + ".bad");
    }
}

public sealed class RuleSetPublicationTestsOnSqlite(SqliteApp app) : RuleSetPublicationTests(app), IClassFixture<SqliteApp>;

public sealed class RuleSetPublicationTestsOnPostgres(PostgresApp app) : RuleSetPublicationTests(app), IClassFixture<PostgresApp>;

public sealed class RuleSetPublicationPageTestsOnSqlite(SqliteApp app) : RuleSetPublicationPageTests(app), IClassFixture<SqliteApp>;

public sealed class RuleSetPublicationPageTestsOnPostgres(PostgresApp app) : RuleSetPublicationPageTests(app), IClassFixture<PostgresApp>;

public sealed class RuleSetPublicationCliTestsOnSqlite(SqliteApp app) : RuleSetPublicationCliTests(app), IClassFixture<SqliteApp>;

public sealed class RuleSetPublicationCliTestsOnPostgres(PostgresApp app) : RuleSetPublicationCliTests(app), IClassFixture<PostgresApp>;
