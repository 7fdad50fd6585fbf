using System.Net;
using GreenBuild.Energy;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Contracts;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using GreenBuild.Tests.Energy;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Supervision;

/// <summary>
/// Monitored buildings (能耗监测建筑) as inspection objects: read from energy monitoring through its contract — by city
/// and building type, with the linked registry project's organization as the responsible enterprise (own-employer
/// avoidance) — listed in the directory within the caller's city, never kept in supervision's own directory.
/// </summary>
public abstract class MonitoredBuildingObjectsTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A building of energy monitoring linked to one of the registry's projects of its prefecture; returns its code and the project's organization.</summary>
    private async Task<(string Code, Guid Organization, string OrganizationName)> LinkedBuildingAsync(string city)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var project = (await scope.ServiceProvider.GetRequiredService<IProjectRegistry>().ListAsync(new ProjectFilter { CityCode = city[..4] + "00" }, Ct))[0];
        var code = await EnergyFixture.BuildingAsync(app, city: city);
        var linked = await scope.ServiceProvider.GetRequiredService<RegisterMonitoring>().SaveBuildingAsync(EnergyFixture.Province,
            new BuildingInput(code, "行政中心 " + code, city, PublicBuildingType.GovernmentOffice, OperationClass.A, ClimateZone.Cold, 10_000, project.Id), Ct);
        Assert.True(linked.Succeeded, string.Join(", ", linked.Errors.Select(e => e.Code)));
        var name = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Organizations.Where(o => o.Id == project.OrganizationId).Select(o => o.Name).SingleAsync(Ct);
        return (code, project.OrganizationId, name);
    }

    [Fact]
    public async Task A_building_task_draws_monitored_buildings_of_energy_monitoring_by_city_and_type_with_their_owner_avoided()
    {
        var office = await EnergyFixture.BuildingAsync(app, city: "140403");
        var hotel = await EnergyFixture.BuildingAsync(app, city: "140404", type: PublicBuildingType.Hotel);
        var elsewhere = await EnergyFixture.BuildingAsync(app, city: "140902");
        var (linked, owner, ownerName) = await LinkedBuildingAsync("140403");

        var province = await SupervisionScenario.AsAsync(app);
        await province.InspectorAsync("CZB-I01", "140400", organization: ownerName);
        await province.InspectorAsync("CZB-I02", "140403");
        await province.InspectorAsync("CZB-I03", "140404");
        var task = province.ProductTask("140400", 2, kind: "Building", types: ["GovernmentOffice"]);
        var drawn = await province.DrawnAsync(task);

        // The published list: this city's government offices from energy monitoring — not the hotel, not another city's building.
        var id = drawn.GetProperty("id").GetGuid();
        var anonymous = app.Anonymous();
        var lists = await (await anonymous.GetAsync($"/api/v1/supervision/public/tasks/{id}/lists", Ct)).ReadJsonAsync();
        var objects = lists.EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "Objects");
        Assert.Equal(string.Join("", new[] { office, linked }.Order(StringComparer.Ordinal).Select(c => c + "\n")), objects.GetProperty("candidates").GetString());
        Assert.DoesNotContain(hotel, objects.GetProperty("candidates").GetString());
        Assert.DoesNotContain(elsewhere, objects.GetProperty("candidates").GetString());
        Assert.Equal(new[] { office, linked }.Order(StringComparer.Ordinal), SupervisionScenario.Selected(drawn, 1).Order(StringComparer.Ordinal));

        // The linked building's owner (the registry project's organization) employs CZB-I01: avoided, and the draw still verifies.
        var forLinked = drawn.GetProperty("draws").EnumerateArray().Single(d => d.GetProperty("forObject").GetString() == linked);
        Assert.Contains("CZB-I01\town-employer", forLinked.GetProperty("avoidText").GetString());
        Assert.DoesNotContain("CZB-I01", forLinked.GetProperty("selected").EnumerateArray().Select(s => s.GetString()));
        var forOffice = drawn.GetProperty("draws").EnumerateArray().Single(d => d.GetProperty("forObject").GetString() == office);
        Assert.DoesNotContain("own-employer", forOffice.GetProperty("avoidText").GetString()); // no registry project, no owner
        var verification = await (await anonymous.GetAsync($"/api/v1/supervision/public/tasks/{id}/verification", Ct)).ReadJsonAsync();
        Assert.All(verification.EnumerateArray(), v => Assert.True(v.GetProperty("digestMatches").GetBoolean() && v.GetProperty("selectionMatches").GetBoolean()));

        // Each drawn building has an inspection with the building checklist and the owner as the inspected enterprise.
        var inspections = await (await province.Client.GetAsync($"/api/v1/supervision/inspections?task={id}", Ct)).ReadJsonAsync();
        var inspection = inspections.EnumerateArray().Single(i => i.GetProperty("objectCode").GetString() == linked);
        Assert.Equal("Building", inspection.GetProperty("objectKind").GetString());
        Assert.Equal("行政中心 " + linked, inspection.GetProperty("objectName").GetString());
        Assert.Equal(owner, inspection.GetProperty("organizationId").GetGuid());
        var detail = await (await province.Client.GetAsync($"/api/v1/supervision/inspections/{inspection.GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync();
        Assert.Contains(detail.GetProperty("items").EnumerateArray(), i => i.GetProperty("itemCode").GetString() == "BLD-METER");

        // The type filter is the energy module's GB/T 51161 type: a hotel task has only the hotel.
        var hotels = province.ProductTask("140400", 1, kind: "Building", types: ["Hotel"]);
        var hotelTask = (await province.CreateAsync(hotels)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await province.AnnounceAsync(hotelTask)).StatusCode);
        var hotelLists = await (await anonymous.GetAsync($"/api/v1/supervision/public/tasks/{hotelTask}/lists", Ct)).ReadJsonAsync();
        Assert.Equal(hotel + "\n", hotelLists.EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "Objects").GetProperty("candidates").GetString());
    }

    [Fact]
    public async Task The_directory_lists_monitored_buildings_from_energy_monitoring_within_the_callers_city_and_keeps_none_of_its_own()
    {
        var (linked, owner, ownerName) = await LinkedBuildingAsync("140521");

        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var all = await (await province.GetAsync("/api/v1/supervision/buildings", Ct)).ReadJsonAsync();
        var entry = all.EnumerateArray().Single(b => b.GetProperty("code").GetString() == linked);
        Assert.Equal(("140521", "GovernmentOffice", owner, ownerName), (entry.GetProperty("cityCode").GetString(), entry.GetProperty("type").GetString(),
            entry.GetProperty("organizationId").GetGuid(), entry.GetProperty("organizationName").GetString()));
        Assert.Contains(all.EnumerateArray(), b => b.GetProperty("code").GetString() == "1401000001"); // the energy demo's buildings

        // A city officer sees its own city's buildings only; an inspector and the public none.
        var taiyuan = await (await (await app.SignedInAs(Roles.CityOfficer)).GetAsync("/api/v1/supervision/buildings", Ct)).ReadJsonAsync();
        var codes = taiyuan.EnumerateArray().Select(b => b.GetProperty("code").GetString()).ToList();
        Assert.Equal(["1401000001", "1401000002", "1401000003"], codes);
        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        Assert.Equal(["1402000001", "1402000002"], (await (await datong.GetAsync("/api/v1/supervision/buildings", Ct)).ReadJsonAsync()).EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAs(Roles.Inspector)).GetAsync("/api/v1/supervision/buildings", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/supervision/buildings", Ct)).StatusCode);

        // The page shows them (with the energy module's type names) beside the products.
        var cityOfficer = await app.SignedInAs(Roles.CityOfficer);
        var page = await (await cityOfficer.GetAsync("/supervision/directory", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("能耗监测建筑（来自能耗监测）（3）", page);
        Assert.Contains("省直机关办公楼（演示）", page);
        Assert.Contains("党政机关办公（GovernmentOffice）", page);
        Assert.DoesNotContain(linked, page);

        // Supervision keeps no building directory of its own: neither by the API nor by Excel.
        var own = await province.PostJsonAsync("/api/v1/supervision/objects", new { kind = "Building", code = "JZ-X1", name = "某办公楼", cityCode = "140105", type = "GovernmentOffice" });
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        var problem = await own.ReadJsonAsync();
        Assert.Contains("能耗监测建筑来自能耗监测", problem.GetProperty("errors").GetProperty("kind")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await province.GetAsync("/api/v1/supervision/directory/template?sheet=Buildings", Ct)).StatusCode);
        var objects = await (await province.GetAsync("/api/v1/supervision/objects?kind=Building", Ct)).ReadJsonAsync();
        Assert.Equal(0, objects.GetArrayLength());
    }

    [Fact]
    public async Task The_demo_building_task_is_announced_over_energy_monitorings_demo_buildings()
    {
        var tasks = await (await app.Anonymous().GetAsync("/api/v1/supervision/public/tasks", Ct)).ReadJsonAsync();
        var demo = tasks.EnumerateArray().Single(t => t.GetProperty("objectKind").GetString() == "Building" && t.GetProperty("title").GetString()!.Contains("演示", StringComparison.Ordinal));
        var lists = await (await app.Anonymous().GetAsync($"/api/v1/supervision/public/tasks/{demo.GetProperty("id").GetGuid()}/lists", Ct)).ReadJsonAsync();
        Assert.Equal("1401000001\n1401000002\n1401000003\n", lists.EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "Objects").GetProperty("candidates").GetString());
    }
}

public sealed class MonitoredBuildingObjectsTestsOnSqlite(SqliteApp app) : MonitoredBuildingObjectsTests(app), IClassFixture<SqliteApp>;

public sealed class MonitoredBuildingObjectsTestsOnPostgres(PostgresApp app) : MonitoredBuildingObjectsTests(app), IClassFixture<PostgresApp>;
