using System.Net;
using GreenBuild.Indicators.Import;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Indicators;

/// <summary>The annual assessment through the API: versioned schemes, weights that must sum to 100, runs, freezing and the Excel export.</summary>
public abstract class AssessmentTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Weights_that_do_not_sum_to_100_and_indicators_without_city_targets_are_refused()
    {
        var province = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await province.PostJsonAsync("/api/v1/indicators/assessment/schemes", new
        {
            name = "不合规方案",
            items = new object[] { new { indicatorCode = "PREFAB", weight = 60, rule = "RatioCapped" }, new { indicatorCode = "EE-RETRO", weight = 30, rule = "Thresholds", thresholds = "很高" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("各指标权重之和应为 100，当前为 90", text);
        Assert.Contains("未分解到各设区市，不能用于城市考核", text);
        Assert.Contains("分档标准“很高”格式不正确", text);
    }

    [Fact]
    public async Task A_scheme_is_versioned_run_for_a_year_published_frozen_and_exported()
    {
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        object Scheme(int prefabWeight) => new
        {
            name = "测试考核方案",
            items = new object[]
            {
                new { indicatorCode = "PREFAB", weight = prefabWeight, rule = "RatioCapped" },
                new { indicatorCode = "GB-SHARE", weight = 100 - prefabWeight, rule = "Thresholds", thresholds = "100:100,90:80,0:0" },
            },
        };
        var v1 = await (await province.PostJsonAsync("/api/v1/indicators/assessment/schemes", Scheme(60))).ReadJsonAsync();
        var v2 = await (await province.PostJsonAsync("/api/v1/indicators/assessment/schemes", Scheme(70))).ReadJsonAsync();
        Assert.Equal((1, 2), (v1.GetProperty("version").GetInt32(), v2.GetProperty("version").GetInt32()));

        var run = await (await province.PostJsonAsync("/api/v1/indicators/assessment/runs", new { schemeId = v2.GetProperty("id").GetGuid(), year = 2023 })).ReadJsonAsync();
        var cities = run.GetProperty("result").GetProperty("cities");
        Assert.Equal(11, cities.GetArrayLength());
        Assert.Equal(1, cities[0].GetProperty("rank").GetInt32());
        var totals = cities.EnumerateArray().Select(c => c.GetProperty("total").GetDecimal()).ToList();
        Assert.Equal(totals.OrderByDescending(t => t), totals);
        var taiyuan = cities.EnumerateArray().Single(c => c.GetProperty("cityCode").GetString() == "140100");
        var prefab = taiyuan.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("indicatorCode").GetString() == "PREFAB");
        Assert.Equal(40m, prefab.GetProperty("yearTarget").GetDecimal()); // no baseline: the city's 2025 target
        Assert.Equal(Math.Round(70m * Math.Min(1m, Math.Round(prefab.GetProperty("value").GetDecimal() / 40m, 4, MidpointRounding.AwayFromZero)), 2, MidpointRounding.AwayFromZero),
            prefab.GetProperty("score").GetDecimal());

        var id = run.GetProperty("id").GetGuid();
        Assert.True((await (await province.PostAsync($"/api/v1/indicators/assessment/runs/{id}/publish", null, Ct)).ReadJsonAsync()).GetProperty("isPublished").GetBoolean());
        var again = await province.PostJsonAsync("/api/v1/indicators/assessment/runs", new { schemeId = v2.GetProperty("id").GetGuid(), year = 2023 });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("2023 年度考核结果已发布，结果已冻结", await again.Content.ReadAsStringAsync(Ct));

        var export = await province.GetAsync($"/api/v1/indicators/assessment/runs/{id}/export", Ct);
        Assert.Equal(ReportTemplate.ContentType, export.Content.Headers.ContentType?.MediaType);
        var sheet = XlsxReader.Read(await export.Content.ReadAsByteArrayAsync(Ct))!;
        Assert.Equal(["排名", "城市代码", "城市", "总分", "城镇新建建筑中装配式建筑比例", "城镇绿色建筑占新建建筑比例"], sheet.Rows[1].OrderBy(c => c.Key).Select(c => c.Value));
        Assert.Equal(12, sheet.Rows.Count);
        var cityReport = XlsxReader.Read(await province.GetByteArrayAsync($"/api/v1/indicators/assessment/runs/{id}/export?city=140100", Ct))!;
        Assert.Equal(2, cityReport.Rows.Count);
        Assert.Equal("140100", cityReport.Rows[2][1]);
    }

    [Fact]
    public async Task The_demo_scheme_was_run_for_2024_and_the_page_shows_the_ranking()
    {
        var province = await app.SignedInAs(Roles.ProvinceAdmin);
        var runs = await (await province.GetAsync("/api/v1/indicators/assessment/runs", Ct)).ReadJsonAsync();
        Assert.Contains(runs.EnumerateArray(), r => r.GetProperty("year").GetInt32() == 2024 && r.GetProperty("result").GetProperty("schemeName").GetString() == "设区市年度考核（演示）");
        var page = await province.GetStringAsync("/indicators/assessment", Ct);
        Assert.Contains("考核排名", page);
        Assert.Contains("太原市", page);
    }
}

public sealed class AssessmentTestsOnSqlite(SqliteApp app) : AssessmentTests(app), IClassFixture<SqliteApp>;

public sealed class AssessmentTestsOnPostgres(PostgresApp app) : AssessmentTests(app), IClassFixture<PostgresApp>;
