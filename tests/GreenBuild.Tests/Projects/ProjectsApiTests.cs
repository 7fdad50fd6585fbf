using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Projects;

/// <summary>Projects saved by API within scope, each save checked against the rule set and the check kept.</summary>
public abstract class ProjectsApiTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Office(string code, string city = "140105", string greenLevel = "Basic", Guid? organizationId = null) => new
    {
        code, name = "晋阳科创中心办公楼", cityCode = city, organizationId, stage = "DesignReview", buildingType = "Public", funding = "Private",
        floorAreaAbove = 24000, floorAreaBelow = 6000, storeys = 18, height = 79.5, designReviewDate = "2024-04-18",
        energyStandardPercent = 72, greenLevel, structureType = "Steel", pvCapacityKwp = 200,
    };

    [Fact]
    public async Task A_saved_project_is_checked_and_the_check_keeps_its_version_and_findings()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var response = await applicant.PostJsonAsync("/api/v1/projects", Office($"TY-{Guid.NewGuid():N}"[..20]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.ReadJsonAsync();
        var check = saved.GetProperty("check");
        Assert.Equal("2022.1", check.GetProperty("ruleSetVersion").GetString());
        Assert.Equal(1, check.GetProperty("mandatoryFindings").GetInt32());
        var finding = check.GetProperty("findings")[0];
        Assert.Equal("GB-PUBLIC-ONE-STAR", finding.GetProperty("ruleCode").GetString());
        Assert.Equal("110", finding.GetProperty("source").GetProperty("line").GetString());

        var id = saved.GetProperty("project").GetProperty("id").GetString();
        var checks = await (await applicant.GetAsync($"/api/v1/projects/{id}/checks", Ct)).ReadJsonAsync();
        Assert.Equal(1, checks.GetArrayLength());
    }

    [Fact]
    public async Task Saving_the_same_code_again_updates_the_project_instead_of_duplicating_it()
    {
        var officer = await app.SignedInAs(Roles.CityOfficer);
        var organization = await OrganizationOf(DemoAccounts.EmailOf(Roles.Applicant));
        var code = $"TY-{Guid.NewGuid():N}"[..20];
        await officer.PostJsonAsync("/api/v1/projects", Office(code, organizationId: organization));
        var second = await (await officer.PostJsonAsync("/api/v1/projects", Office(code, greenLevel: "OneStar", organizationId: organization))).ReadJsonAsync();
        Assert.Equal(0, second.GetProperty("check").GetProperty("mandatoryFindings").GetInt32());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        Assert.Equal(1, await db.Set<GreenBuild.Projects.Model.Project>().CountAsync(p => p.Code == code, Ct));
    }

    [Fact]
    public async Task Each_role_sees_only_its_scope_and_another_citys_project_is_404()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var saved = await (await applicant.PostJsonAsync("/api/v1/projects", Office($"TY-{Guid.NewGuid():N}"[..20]))).ReadJsonAsync();
        var id = saved.GetProperty("project").GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAs(Roles.ProvinceOfficer)).GetAsync($"/api/v1/projects/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAs(Roles.CityOfficer)).GetAsync($"/api/v1/projects/{id}", Ct)).StatusCode);
        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await datong.GetAsync($"/api/v1/projects/{id}", Ct)).StatusCode);
        var designer = await app.SignedIn($"designer@{GreenBuild.Platform.Demo.SeedPlatformDemo.DemoDomain}", GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/api/v1/projects/{id}", Ct)).StatusCode);
        var list = await (await datong.GetAsync("/api/v1/projects", Ct)).ReadJsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAs(Roles.Expert)).GetAsync("/api/v1/projects", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_city_officer_cannot_register_a_project_of_another_city_or_take_its_code()
    {
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        var organization = await OrganizationOf(DemoAccounts.EmailOf(Roles.Applicant));
        var response = await taiyuan.PostJsonAsync("/api/v1/projects", Office($"DT-{Guid.NewGuid():N}"[..20], city: "140212", organizationId: organization));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能登记其他城市的项目", await response.Content.ReadAsStringAsync(Ct));

        var code = $"TY-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.OK, (await taiyuan.PostJsonAsync("/api/v1/projects", Office(code, organizationId: organization))).StatusCode);
        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        var taken = await datong.PostJsonAsync("/api/v1/projects", Office(code, city: "140212", organizationId: organization));
        Assert.Contains("已被其他单位或城市的项目使用", await taken.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Impossible_figures_are_refused_by_field_in_chinese_and_nothing_is_saved()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var code = $"BAD-{Guid.NewGuid():N}"[..20];
        var bad = JsonSerializer.SerializeToNode(Office(code))!.AsObject();
        bad["floorAreaAbove"] = 0;
        bad["height"] = 300;
        bad["stage"] = "ConstructionPermit";
        bad["designReviewDate"] = null;
        var response = await applicant.PostJsonAsync("/api/v1/projects", bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("地上建筑面积必须大于 0", errors.GetProperty("floorAreaAbove")[0].GetString());
        Assert.Contains("与层数 18 不符", errors.GetProperty("height")[0].GetString());
        Assert.Contains("施工图审查日期", errors.GetProperty("designReviewDate")[0].GetString());
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<GreenBuild.Projects.Model.Project>().AnyAsync(p => p.Code == code, Ct));
    }

    private async Task<Guid> OrganizationOf(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        return (await db.Users.SingleAsync(u => u.Email == email, Ct)).OrganizationId!.Value;
    }
}

public sealed class ProjectsApiTestsOnSqlite(SqliteApp app) : ProjectsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ProjectsApiTestsOnPostgres(PostgresApp app) : ProjectsApiTests(app), IClassFixture<PostgresApp>;

/// <summary>A move to a later stage with 强制 findings is refused unless the province overrides it with a reason.</summary>
public abstract class ProjectStageTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Tower(string code, string stage) => new()
    {
        ["code"] = code, ["name"] = "双塔超限高层", ["cityCode"] = "140105", ["stage"] = stage, ["buildingType"] = "Public",
        ["funding"] = "Private", ["floorAreaAbove"] = 150000, ["floorAreaBelow"] = 30000, ["storeys"] = 60, ["height"] = 258,
        ["isSuperHighRise"] = true, ["designReviewDate"] = "2024-06-01", ["energyStandardPercent"] = 72, ["greenLevel"] = "TwoStar",
        ["structureType"] = "Steel", ["pvCapacityKwp"] = 300,
    };

    [Fact]
    public async Task A_stage_transition_with_mandatory_findings_is_refused_and_the_province_can_override_with_a_reason()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var code = $"TOWER-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostJsonAsync("/api/v1/projects", Tower(code, "DesignReview"))).StatusCode);

        var refused = await applicant.PostJsonAsync("/api/v1/projects", Tower(code, "ConstructionPermit"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await refused.ReadJsonAsync()).GetProperty("errors").GetProperty("stage")[0].GetString();
        Assert.Contains("GB-SUPER-HIGH-RISE-THREE-STAR", message);
        Assert.Contains("不能推进到下一阶段", message);

        var selfOverride = Tower(code, "ConstructionPermit");
        selfOverride["overrideReason"] = "自行放行";
        Assert.Equal(HttpStatusCode.BadRequest, (await applicant.PostJsonAsync("/api/v1/projects", selfOverride)).StatusCode);

        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var organization = await (await applicant.GetAsync("/api/v1/me", Ct)).ReadJsonAsync();
        var overridden = Tower(code, "ConstructionPermit");
        overridden["overrideReason"] = "经省厅专题会议研究，同意先行发放施工许可，竣工前完成三星级设计变更";
        overridden["organizationId"] = organization.GetProperty("organizationId").GetString();
        var passed = await province.PostJsonAsync("/api/v1/projects", overridden);
        Assert.Equal(HttpStatusCode.OK, passed.StatusCode);
        var check = (await passed.ReadJsonAsync()).GetProperty("check");
        Assert.StartsWith("经省厅专题会议研究", check.GetProperty("overrideReason").GetString());
        Assert.Equal("ConstructionPermit", check.GetProperty("stage").GetString());
    }
}

public sealed class ProjectStageTestsOnSqlite(SqliteApp app) : ProjectStageTests(app), IClassFixture<SqliteApp>;

public sealed class ProjectStageTestsOnPostgres(PostgresApp app) : ProjectStageTests(app), IClassFixture<PostgresApp>;
