using System.Net;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;
using GreenBuild.Tests.Infrastructure;
using GreenBuild.Tests.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Indicators;

/// <summary>
/// The registry's indicators are computed from its records: each value equals a recomputation from the projects,
/// follows an import, and opens to the projects it was computed from (within scope).
/// </summary>
public abstract class ComputedIndicatorsTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<Project>> CivilProjectsOf(int year, string? prefix = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var query = db.Set<Project>().Where(p => p.IsUrban && p.IsNewBuilding && (p.BuildingType == ProjectBuildingType.Residential || p.BuildingType == ProjectBuildingType.Public)
            && p.DesignReviewDate >= from && p.DesignReviewDate < to);
        if (prefix is not null)
        {
            query = query.Where(p => p.CityCode.StartsWith(prefix));
        }

        return await query.ToListAsync(Ct);
    }

    private static decimal Share(List<Project> projects, Func<Project, bool> counts) =>
        Math.Round(100m * projects.Where(counts).Sum(p => p.FloorAreaAbove + p.FloorAreaBelow) / projects.Sum(p => p.FloorAreaAbove + p.FloorAreaBelow), 2);

    private static decimal ValueOf(System.Text.Json.JsonElement figure, int year) =>
        figure.GetProperty("series").EnumerateArray().Single(v => v.GetProperty("year").GetInt32() == year).GetProperty("value").GetDecimal();

    [Fact]
    public async Task The_green_and_star_shares_equal_a_recomputation_from_the_registry_for_the_province_and_a_city()
    {
        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var all = await CivilProjectsOf(2024);
        Assert.NotEmpty(all);
        var share = await (await officer.GetAsync("/api/v1/indicators/GB-SHARE", Ct)).ReadJsonAsync();
        Assert.Equal(Share(all, p => p.GreenLevel >= GreenLevel.Basic), ValueOf(share.GetProperty("province"), 2024));
        Assert.Equal("Computed", share.GetProperty("province").GetProperty("obtainedBy").GetString());
        var star = await (await officer.GetAsync("/api/v1/indicators/GB-STAR", Ct)).ReadJsonAsync();
        Assert.Equal(Share(all, p => p.GreenLevel >= GreenLevel.OneStar), ValueOf(star.GetProperty("province"), 2024));

        var datong = await CivilProjectsOf(2023, "1402");
        var inputs = await (await officer.GetAsync("/api/v1/indicators/GB-SHARE/inputs?city=140200", Ct)).ReadJsonAsync();
        var input2023 = inputs.EnumerateArray().Single(i => i.GetProperty("year").GetInt32() == 2023);
        Assert.Equal(Share(datong, p => p.GreenLevel >= GreenLevel.Basic), input2023.GetProperty("value").GetDecimal());
        Assert.Equal("projects.green-share", input2023.GetProperty("query").GetString());
        Assert.Equal(datong.Count, input2023.GetProperty("computed").GetProperty("projects").GetInt32());
    }

    [Fact]
    public async Task The_renewable_share_and_area_equal_a_recomputation_and_name_each_projects_systems()
    {
        static bool Renewable(Project p) => p.SolarThermalArea > 0 || p.PvCapacityKwp > 0 || p.GroundSourceHeatPumpArea > 0 || p.AirSourceHeatPumpArea > 0 || p.GeothermalArea > 0;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var (from, to) = (new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1));
        var all = await db.Set<Project>().Where(p => p.IsUrban && p.IsNewBuilding && p.DesignReviewDate >= from && p.DesignReviewDate < to).ToListAsync(Ct);
        Assert.Contains(all, Renewable);
        Assert.Contains(all, p => !Renewable(p));

        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var share = await (await officer.GetAsync("/api/v1/indicators/RE-APP", Ct)).ReadJsonAsync();
        Assert.Equal(Share(all, Renewable), ValueOf(share.GetProperty("province"), 2024));
        Assert.Equal("Computed", share.GetProperty("province").GetProperty("obtainedBy").GetString());

        var taiyuan = all.Where(p => p.CityCode.StartsWith("1401", StringComparison.Ordinal)).ToList();
        var inputs = await (await officer.GetAsync("/api/v1/indicators/RE-AREA/inputs?city=140100", Ct)).ReadJsonAsync();
        var area = inputs.EnumerateArray().Single(i => i.GetProperty("year").GetInt32() == 2024);
        Assert.Equal(Math.Round(taiyuan.Where(Renewable).Sum(p => p.FloorAreaAbove + p.FloorAreaBelow) / 10_000m, 2), area.GetProperty("value").GetDecimal());
        Assert.Equal("projects.renewable-area", area.GetProperty("query").GetString());

        var sources = await (await officer.GetAsync("/api/v1/indicators/RE-APP/sources?city=140100&year=2024", Ct)).ReadJsonAsync();
        var records = sources.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(taiyuan.Count, records.Count);
        var solar = taiyuan.First(p => p.SolarThermalArea > 0);
        Assert.Contains("光热 " + solar.SolarThermalArea.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture) + " m²",
            records.Single(r => r.GetProperty("code").GetString() == solar.Code).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_changes_the_computed_value_and_the_value_opens_to_its_projects()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var before = await CivilProjectsOf(2022, "1409");
        var prefix = $"IND{Guid.NewGuid():N}"[..10].ToUpperInvariant();
        var rows = Enumerable.Range(1, 3).Select(i =>
        {
            var row = ProjectFiles.Residential($"{prefix}-{i}", city: "140902");
            row["designReviewDate"] = "2022-06-15";
            row["initiationDate"] = "2022-01-10";
            row["greenLevel"] = "二星级";
            return row;
        }).ToList();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<GreenBuild.Projects.Import.ImportProjects>()
                .RunAsync(new DataScope(true, null, null), "x.xlsx", ProjectFiles.Xlsx(rows), commit: true, cancellationToken: Ct);
            Assert.True(report.Committed);
        }

        var after = await CivilProjectsOf(2022, "1409");
        Assert.Equal(before.Count + 3, after.Count);
        var inputs = await (await admin.GetAsync("/api/v1/indicators/GB-STAR/inputs?city=140900", Ct)).ReadJsonAsync();
        var value = inputs.EnumerateArray().Single(i => i.GetProperty("year").GetInt32() == 2022).GetProperty("value").GetDecimal();
        Assert.Equal(Share(after, p => p.GreenLevel >= GreenLevel.OneStar), value);

        var sources = await (await admin.GetAsync("/api/v1/indicators/GB-STAR/sources?city=140900&year=2022", Ct)).ReadJsonAsync();
        Assert.Equal(value, sources.GetProperty("value").GetProperty("value").GetDecimal());
        var records = sources.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(after.Count, records.Count);
        Assert.All(records.Where(r => r.GetProperty("code").GetString()!.StartsWith(prefix, StringComparison.Ordinal)), r => Assert.True(r.GetProperty("counts").GetBoolean()));
        var page = await admin.GetStringAsync("/indicators/GB-STAR/sources?city=140900&year=2022", Ct);
        Assert.Contains($"{prefix}-1", page, StringComparison.Ordinal);
        Assert.Contains("一星级及以上", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_officer_traces_only_its_own_city_and_others_cannot_trace_at_all()
    {
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        Assert.Equal(HttpStatusCode.OK, (await taiyuan.GetAsync("/api/v1/indicators/PREFAB/sources?city=140100&year=2024", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await taiyuan.GetAsync("/api/v1/indicators/PREFAB/sources?city=140200&year=2024", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await taiyuan.GetAsync("/api/v1/indicators/PREFAB/sources?year=2024", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAs(Roles.Applicant)).GetAsync("/api/v1/indicators/PREFAB/sources?year=2024", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await taiyuan.GetAsync("/api/v1/indicators/EE-RETRO/sources?city=140100&year=2024", Ct)).StatusCode);
    }

    [Fact]
    public async Task Innovation_projects_per_city_take_the_smallest_city_and_the_lagging_city_is_behind()
    {
        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var figure = await (await officer.GetAsync("/api/v1/indicators/GB-INNOV-CITY", Ct)).ReadJsonAsync();
        var lagging = figure.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("cityCode").GetString() == GreenBuild.Projects.Demo.SeedProjectsDemo.LaggingCity);
        Assert.NotEqual("Achieved", lagging.GetProperty("status").GetString());
        Assert.Equal(0m, ValueOf(figure.GetProperty("province"), 2024));
        var taiyuan = figure.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("cityCode").GetString() == "140100");
        Assert.True(taiyuan.GetProperty("value").GetDecimal() >= 1);
    }
}

public sealed class ComputedIndicatorsTestsOnSqlite(SqliteApp app) : ComputedIndicatorsTests(app), IClassFixture<SqliteApp>;

public sealed class ComputedIndicatorsTestsOnPostgres(PostgresApp app) : ComputedIndicatorsTests(app), IClassFixture<PostgresApp>;
