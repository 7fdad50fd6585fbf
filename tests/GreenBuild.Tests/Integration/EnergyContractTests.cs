using System.Net;
using GreenBuild.Energy;
using GreenBuild.Energy.Contracts;
using GreenBuild.Platform.Accounts;
using GreenBuild.Projects.Contracts;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using GreenBuild.Tests.Energy;
using GreenBuild.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Integration;

/// <summary>The energy module's contract: buildings with their registry owner, and annual figures equal to the energy pages' own.</summary>
public abstract class EnergyContractTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A building of 10,000 m² in Yuncheng linked to a registry demo project, with 800,000 kWh and 100 GJ in 2022, a quota of 60 kWh/m² and three tiers.</summary>
    internal static async Task<(string Code, ProjectSummary Project)> LinkedBuildingWithA2022YearAsync(GreenBuildApp app, string city = "140802", Guid? projectId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<IProjectRegistry>();
        var project = projectId is { } id ? (await registry.FindAsync(id, Ct))! : (await registry.ListAsync(new ProjectFilter { CityCode = city[..4] + "00" }, Ct))[0];
        var code = await EnergyFixture.BuildingAsync(app, area: 10_000, city: city);
        var register = scope.ServiceProvider.GetRequiredService<RegisterMonitoring>();
        var linked = await register.SaveBuildingAsync(EnergyFixture.Province,
            new BuildingInput(code, "监测楼 " + code, city, PublicBuildingType.GovernmentOffice, OperationClass.A, ClimateZone.Cold, 10_000, project.Id), Ct);
        Assert.True(linked.Succeeded, string.Join(", ", linked.Errors.Select(e => e.Code)));
        var report = await EnergyFixture.IngestAsync(app,
            $"meter,time,value\n{code}-E,2022-06-01T00:00:00+08:00,0\n{code}-E,2022-06-01T01:00:00+08:00,800000\n{code}-H,2022-06-01T00:00:00+08:00,0\n{code}-H,2022-06-01T01:00:00+08:00,100");
        Assert.Empty(report.Errors);

        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/energy/quotas", new { year = 2022, cityCode = city[..4] + "00", buildingType = "GovernmentOffice", quotaKwhPerM2 = 60, source = "测试定额 2022" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/energy/schedules", new
        {
            year = 2022, version = "2022.test", unitPrice = 0.65m, source = "测试加价",
            tiers = new object[] { new { overFromPercent = 0, overToPercent = 20, priceIncreasePercent = 10 }, new { overFromPercent = 20, overToPercent = 50, priceIncreasePercent = 30 }, new { overFromPercent = 50, overToPercent = (decimal?)null, priceIncreasePercent = 50 } },
        })).StatusCode);
        return (code, project);
    }

    [Fact]
    public async Task A_buildings_annual_figures_come_from_the_roll_ups_and_equal_the_energy_pages_own()
    {
        var (code, project) = await LinkedBuildingWithA2022YearAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var energy = scope.ServiceProvider.GetRequiredService<IEnergyMonitoring>();

        var figures = await energy.AnnualFiguresAsync(code, 2022, Ct);
        Assert.NotNull(figures);
        Assert.Equal(project.OrganizationId, figures.Building.OwnerOrganizationId);
        Assert.Equal(project.Id, figures.Building.ProjectId);
        Assert.Equal([("01000", "电", "kWh", 800_000m), ("04000", "集中供热量", "GJ", 100m)], figures.Carriers.Select(c => (c.Code, c.NameZh, c.Unit, c.Amount)));
        // 800,000 kWh / 10,000 m² = 80 kWh/(m²·a); (800,000 × 0.1229 + 100,000 MJ × 0.03412) / 10,000 = 10.1732 → 10.17 kgce/(m²·a).
        Assert.Equal(80m, figures.EuiKwhPerM2);
        Assert.Equal(10.17m, figures.EuiKgcePerM2);
        Assert.Equal(70m, figures.Constraint); // GB/T 51161 A类党政机关办公, 寒冷 (reference table)
        Assert.Equal(QuotaBand.ExceedsConstraint, figures.Band);
        Assert.Equal(60m, figures.QuotaKwhPerM2);
        Assert.Equal(133.3m, figures.PercentOfQuota);
        // Quota 600,000 kWh; 200,000 over: 120,000 × 0.65 × 10% + 80,000 × 0.65 × 30% = 7,800 + 15,600.
        Assert.True(figures.Surcharge.Exceeded);
        Assert.Equal((600_000m, 200_000m, 33.33m, 23_400m, "测试定额 2022"), (figures.Surcharge.QuotaEnergyKwh, figures.Surcharge.ExcessEnergyKwh, figures.Surcharge.ExcessPercent, figures.Surcharge.Surcharge, figures.Surcharge.QuotaSource));
        Assert.Equal([2022], figures.YearsWithData);
        Assert.Contains("energy_building_periods 2022", figures.Sources, StringComparison.Ordinal);
        Assert.Equal($"/energy/buildings/{code}?year=2022", figures.Link);

        // The same numbers as the energy module's own ranking and bill.
        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var ranked = (await (await officer.GetAsync("/api/v1/energy/ranking?year=2022&city=140800", Ct)).ReadJsonAsync()).EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
        Assert.Equal(figures.EuiKgcePerM2, ranked.GetProperty("euiKgce").GetDecimal());
        var bill = await (await officer.GetAsync($"/api/v1/energy/buildings/{code}/bill?year=2022", Ct)).ReadJsonAsync();
        Assert.Equal(figures.Surcharge.Surcharge, bill.GetProperty("bill").GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Without_a_quota_the_surcharge_is_not_computed_and_an_unknown_building_has_no_figures()
    {
        var code = await EnergyFixture.BuildingAsync(app, area: 5_000, city: "140105");
        await EnergyFixture.IngestAsync(app, $"meter,time,value\n{code}-E,2019-03-01T00:00:00+08:00,0\n{code}-E,2019-03-01T01:00:00+08:00,1000");
        await using var scope = app.Services.CreateAsyncScope();
        var energy = scope.ServiceProvider.GetRequiredService<IEnergyMonitoring>();

        var figures = await energy.AnnualFiguresAsync(code, null, Ct);
        Assert.NotNull(figures);
        Assert.Equal(2019, figures.Year); // the only year with data
        Assert.Equal(0.2m, figures.EuiKwhPerM2);
        Assert.False(figures.Surcharge.Computed);
        Assert.Equal("energy.bill.noquota", figures.Surcharge.Reason);
        Assert.Null(figures.Building.OwnerOrganizationId);

        var empty = await energy.AnnualFiguresAsync(code, 2018, Ct);
        Assert.False(empty!.HasData);
        Assert.Equal(0m, empty.EuiKwhPerM2);
        Assert.Null(await energy.AnnualFiguresAsync("1499999999", null, Ct));
    }

    [Fact]
    public async Task Buildings_are_listed_by_city_with_a_prefecture_including_its_counties()
    {
        var (code, project) = await LinkedBuildingWithA2022YearAsync(app, "140823");
        await using var scope = app.Services.CreateAsyncScope();
        var energy = scope.ServiceProvider.GetRequiredService<IEnergyMonitoring>();

        var yuncheng = await energy.ListBuildingsAsync(new MonitoredBuildingFilter { CityCode = "140800" }, Ct);
        Assert.All(yuncheng, b => Assert.StartsWith("1408", b.CityCode, StringComparison.Ordinal));
        Assert.Equal(yuncheng.Select(b => b.Code).Order(StringComparer.Ordinal), yuncheng.Select(b => b.Code));
        var mine = Assert.Single(yuncheng, b => b.Code == code);
        Assert.Equal((project.OrganizationId, 10_000m, PublicBuildingType.GovernmentOffice), (mine.OwnerOrganizationId!.Value, mine.FloorArea, mine.BuildingType));
        Assert.Contains(code, (await energy.ListBuildingsAsync(new MonitoredBuildingFilter { CityCode = "140823" }, Ct)).Select(b => b.Code));
        Assert.DoesNotContain(code, (await energy.ListBuildingsAsync(new MonitoredBuildingFilter { CityCode = "140100" }, Ct)).Select(b => b.Code));
        Assert.Contains(code, (await energy.ListBuildingsAsync(new MonitoredBuildingFilter { ProjectId = project.Id }, Ct)).Select(b => b.Code));
        Assert.True((await energy.ListBuildingsAsync(new MonitoredBuildingFilter(), Ct)).Count >= 6); // the demo's six and the tests'
        Assert.Equal(mine, await energy.FindBuildingAsync(code, Ct));
    }
}

public sealed class EnergyContractTestsOnSqlite(SqliteApp app) : EnergyContractTests(app), IClassFixture<SqliteApp>;

public sealed class EnergyContractTestsOnPostgres(PostgresApp app) : EnergyContractTests(app), IClassFixture<PostgresApp>;
