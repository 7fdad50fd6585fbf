using System.Net;
using GreenBuild.Indicators;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Indicators;

/// <summary>The plan on first start, the figures, and reading within scope.</summary>
public abstract class IndicatorsApiTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task On_first_start_every_indicator_of_the_plan_has_its_target_and_the_demo_trend()
    {
        var client = await app.SignedInAs(Roles.ProvinceOfficer);
        var list = await (await client.GetAsync("/api/v1/indicators/", Ct)).ReadJsonAsync();
        var byCode = list.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!);
        Assert.Equal(18, byCode.Count);
        Assert.Equal(30m, byCode["PREFAB"].GetProperty("target").GetDecimal());
        Assert.Equal(3000m, byCode["EE-RETRO"].GetProperty("target").GetDecimal());
        Assert.Equal([2021, 2022, 2023, 2024], byCode["PREFAB"].GetProperty("series").EnumerateArray().Select(v => v.GetProperty("year").GetInt32()));
        Assert.Equal("NoData", byCode["ST-ACH"].GetProperty("status").GetString()); // computed from a module not yet connected
        Assert.Contains(byCode["GB-SHARE"].GetProperty("status").GetString(), new[] { "OnTrack", "AtRisk", "Behind", "Achieved" });
    }

    [Fact]
    public async Task Loading_the_plan_again_changes_nothing_and_writes_no_audit_entry()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var before = await db.AuditEntries.CountAsync(Ct);
        var (_, changed) = await scope.ServiceProvider.GetRequiredService<LoadPlanSeed>().RunAsync(Ct);
        Assert.Equal(0, changed);
        Assert.Equal(before, await db.AuditEntries.CountAsync(Ct));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Indicator" && a.EntityKey == "PREFAB" && a.ActorId == "system", Ct));
    }

    [Fact]
    public async Task A_city_sees_every_city_of_a_public_indicator_but_only_itself_for_the_others()
    {
        var city = await app.SignedInAs(Roles.CityOfficer);
        var prefab = await (await city.GetAsync("/api/v1/indicators/PREFAB", Ct)).ReadJsonAsync();
        Assert.Equal(11, prefab.GetProperty("cities").GetArrayLength());
        var taiyuan = prefab.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("cityCode").GetString() == "140100");
        Assert.Equal(40m, taiyuan.GetProperty("target").GetDecimal());
        var internalOnly = await (await city.GetAsync("/api/v1/indicators/EE-RES-UP", Ct)).ReadJsonAsync();
        Assert.Equal(["140100"], internalOnly.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("cityCode").GetString()));
    }

    [Fact]
    public async Task Each_figure_shows_its_inputs_with_who_entered_and_approved_them()
    {
        var client = await app.SignedInAs(Roles.ProvinceAdmin);
        var inputs = await (await client.GetAsync("/api/v1/indicators/EE-RETRO/inputs?city=140300", Ct)).ReadJsonAsync();
        Assert.Equal(4, inputs.GetArrayLength());
        var first = inputs[0];
        Assert.Equal("阳泉市住建局（演示）", first.GetProperty("enteredBy").GetString());
        Assert.Equal("省厅业务员（演示）", first.GetProperty("reviewedBy").GetString());
        Assert.True(first.GetProperty("isDemo").GetBoolean());
    }

    [Fact]
    public async Task The_public_sees_only_published_indicators_without_signing_in()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/indicators/public", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = (await response.ReadJsonAsync()).EnumerateArray().Select(e => e.GetProperty("province").GetProperty("code").GetString()).ToList();
        Assert.Contains("PREFAB", codes);
        Assert.DoesNotContain("EE-RES-UP", codes);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/indicators/", Ct)).StatusCode);
        var page = await app.Anonymous().GetStringAsync("/open/indicators", Ct);
        Assert.Contains("城镇新建建筑中装配式建筑比例", page);
        Assert.DoesNotContain("新建居住建筑能效再提升", page);
    }

    [Fact]
    public async Task The_dashboard_and_an_indicator_page_render_in_chinese_with_the_plans_words()
    {
        var client = await app.SignedInAs(Roles.ProvinceOfficer);
        var dashboard = await client.GetStringAsync("/indicators", Ct);
        Assert.Contains("既有建筑节能改造面积", dashboard);
        Assert.Contains("/lib/echarts/echarts.min.js", dashboard);
        var detail = await client.GetStringAsync("/indicators/PREFAB", Ct);
        Assert.Contains("规划原文第 49 行：“装配式建筑占城镇新建建筑面积比例达到30%”", detail);
        Assert.Contains("判定规则", detail);
        Assert.Contains("项目库（自动计算）", detail);
        Assert.Contains("/indicators/PREFAB/sources?year=2024", detail);
        var retro = await client.GetStringAsync("/indicators/EE-RETRO", Ct);
        Assert.Contains("规划原文第 7 行：“累计实施改造面积4334.8万平方米”", retro);
        Assert.Contains("阳泉市住建局（演示）", retro);
    }

    [Fact]
    public async Task A_city_page_shows_the_citys_own_targets_and_hides_internal_indicators_of_other_cities()
    {
        var taiyuanOfficer = await app.SignedInAs(Roles.CityOfficer);
        var own = await taiyuanOfficer.GetStringAsync("/indicators/city/140100", Ct);
        Assert.Contains("太原市 · 规划指标", own);
        Assert.Contains("新建居住建筑能效再提升", own);
        var other = await taiyuanOfficer.GetStringAsync("/indicators/city/140300", Ct);
        Assert.Contains("城镇新建建筑中装配式建筑比例", other);
        Assert.DoesNotContain("新建居住建筑能效再提升", other);
    }
}

public sealed class IndicatorsApiTestsOnSqlite(SqliteApp app) : IndicatorsApiTests(app), IClassFixture<SqliteApp>;

public sealed class IndicatorsApiTestsOnPostgres(PostgresApp app) : IndicatorsApiTests(app), IClassFixture<PostgresApp>;
