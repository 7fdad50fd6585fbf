using System.Net;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Projects;

/// <summary>The published rule sets over HTTP and on their public page.</summary>
public sealed class RuleSetsApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_versions_and_each_rule_with_its_quoted_source_are_published()
    {
        var versions = await (await app.Anonymous().GetAsync("/api/v1/projects/rule-sets", Ct)).ReadJsonAsync();
        Assert.Equal("2022.1", versions[0].GetProperty("version").GetString());
        var set = await (await app.Anonymous().GetAsync("/api/v1/projects/rule-sets/2022.1", Ct)).ReadJsonAsync();
        var rule = set.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "GB-PUBLIC-ONE-STAR");
        Assert.Equal("其中，公共建筑执行一星级及以上标准", rule.GetProperty("source").GetProperty("quote").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/api/v1/projects/rule-sets/1999.9", Ct)).StatusCode);
    }

    [Fact]
    public async Task Checking_facts_returns_the_findings_with_the_version_used()
    {
        var response = await app.Anonymous().PostJsonAsync("/api/v1/projects/rule-sets/2022.1/check", new
        {
            cityCode = "140100", buildingType = "Public", funding = "Government", floorArea = 30000, designReviewDate = "2024-03-01",
            energyStandardPercent = 72, greenLevel = "Basic", structureType = "Concrete",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = await response.ReadJsonAsync();
        Assert.Equal("2022.1", check.GetProperty("ruleSetVersion").GetString());
        var codes = check.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleCode").GetString()).ToList();
        Assert.Equal(["GB-PUBLIC-ONE-STAR", "GB-STATE-FUNDED-TWO-STAR", "PREFAB-PUBLIC-STEEL", "RE-PV-LARGE-PUBLIC"], codes);
    }

    [Fact]
    public async Task Malformed_facts_are_refused_with_their_position()
    {
        var response = await app.Anonymous().PostJsonAsync("/api/v1/projects/rule-sets/2022.1/check", new { greenLevel = "Platinum" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("项目数据格式不正确", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_rules_page_lists_every_rule_with_its_source_in_chinese()
    {
        var html = await app.Anonymous().GetStringAsync("/projects/rules", Ct);
        Assert.Contains("超限高层建筑执行三星级绿色建筑标准", html);
        Assert.Contains("（规划原文第 110 行）", html);
        Assert.Contains("强制", html);
    }
}
