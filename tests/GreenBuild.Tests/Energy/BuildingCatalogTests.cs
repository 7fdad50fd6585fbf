using GreenBuild.Energy;
using GreenBuild.Energy.Benchmarking;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Energy;

/// <summary>
/// The ranking takes a building's code, name, city, type, class, zone and area from <see cref="BuildingCatalog"/>, which
/// keeps them per revision of the building's row, with the figures last worked out from them: a change made by the
/// product, by plain SQL (the trigger raises the revision), a new building or new energy of the year must show in the
/// very next ranking, exactly as a ranking with an empty catalog shows it.
/// </summary>
public abstract class BuildingCatalogTests(GreenBuildApp app)
{
    private const int Year = 2012; // no other test or demo data uses this year

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> BuildingWithYearAsync(decimal area, long kwhMilli)
    {
        var code = await EnergyFixture.BuildingAsync(app, area);
        await EnergyFixture.WithDb(app, async db =>
        {
            var id = await db.Set<MonitoredBuilding>().Where(b => b.Code == code).Select(b => b.Id).SingleAsync(Ct);
            db.Add(new BuildingYear { BuildingId = id, Year = Year, ElectricityMilli = kwhMilli, HeatMilli = 0, GasMilli = 0 });
            return await db.SaveChangesAsync(Ct);
        });
        return code;
    }

    /// <summary>The ranking through the app's own (shared, filled) catalog, and through an empty one, which reads every building.</summary>
    private async Task<(IReadOnlyList<BuildingEui> Cached, IReadOnlyList<BuildingEui> Fresh)> RankAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var standards = scope.ServiceProvider.GetRequiredService<StandardValues>();
        var cached = await scope.ServiceProvider.GetRequiredService<ReadRanking>().RunAsync(EnergyFixture.Province, Year, null, null, Ct);
        var fresh = await new ReadRanking(db, standards, new BuildingCatalog()).RunAsync(EnergyFixture.Province, Year, null, null, Ct);
        Assert.Equal(fresh, cached);
        return (cached, fresh);
    }

    private async Task<long> RevisionAsync(string code) =>
        await EnergyFixture.WithDb(app, db => db.Set<MonitoredBuilding>().Where(b => b.Code == code).Select(b => b.Revision).SingleAsync(Ct));

    [Fact]
    public async Task A_building_changed_by_the_product_or_by_plain_SQL_is_ranked_with_its_new_columns()
    {
        var code = await BuildingWithYearAsync(10_000m, 900_000_000);
        var first = (await RankAsync()).Cached.Single(r => r.Code == code);
        Assert.Equal("测试建筑 " + code, first.Name);
        Assert.Equal(0, await RevisionAsync(code));

        // Through the product: a new name and operation class B (another 约束值/引导值 row of GB/T 51161).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<RegisterMonitoring>().SaveBuildingAsync(EnergyFixture.Province,
                new BuildingInput(code, "改名后的办公楼", "140105", PublicBuildingType.GovernmentOffice, OperationClass.B, ClimateZone.Cold, 10_000m, null), Ct);
            Assert.True(saved.Succeeded);
        }

        Assert.Equal(1, await RevisionAsync(code));
        var edited = (await RankAsync()).Cached.Single(r => r.Code == code);
        Assert.Equal("改名后的办公楼", edited.Name);
        var classB = app.Services.GetRequiredService<StandardValues>().NonHeating(PublicBuildingType.GovernmentOffice, OperationClass.B, ClimateZone.Cold);
        Assert.Equal(classB?.Constraint, edited.Constraint);

        // Through plain SQL, as an administrator might: the trigger raises the revision, the catalog reads the row again.
        await EnergyFixture.WithDb(app, db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE energy_buildings SET \"Name\" = {"由数据库改名"} WHERE \"Code\" = {code}", Ct));
        Assert.Equal(2, await RevisionAsync(code));
        Assert.Equal("由数据库改名", (await RankAsync()).Cached.Single(r => r.Code == code).Name);
    }

    [Fact]
    public async Task A_new_building_is_ranked_at_once_and_an_unchanged_one_keeps_its_card()
    {
        var before = await BuildingWithYearAsync(20_000m, 500_000_000);
        _ = await RankAsync();
        var added = await BuildingWithYearAsync(5_000m, 800_000_000);
        var (cached, _) = await RankAsync();
        Assert.Contains(cached, r => r.Code == added && r.Name == "测试建筑 " + added && r.EuiKwh == 160m);
        Assert.Contains(cached, r => r.Code == before && r.EuiKwh == 25m);
        Assert.Equal(0, await RevisionAsync(before));
    }

    [Fact]
    public async Task New_energy_or_a_new_area_shows_in_the_next_ranking_and_equal_EUIs_rank_by_code()
    {
        var code = await BuildingWithYearAsync(10_000m, 1_000_000_000); // 100 kWh/(m²·a)
        var twin = await BuildingWithYearAsync(10_000m, 1_000_000_000);
        var pair = (await RankAsync()).Cached.Where(r => r.Code == code || r.Code == twin).ToList();
        Assert.Equal([.. new[] { code, twin }.Order(StringComparer.Ordinal)], pair.Select(r => r.Code));
        Assert.Equal(pair[0].Rank + 1, pair[1].Rank);

        // Late data raises the year's electricity (as an ingest rewrites the row): the figures are worked out again.
        await EnergyFixture.WithDb(app, db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE energy_building_years SET \"ElectricityMilli\" = {1_200_000_000L} WHERE \"Year\" = {Year} AND \"BuildingId\" IN (SELECT \"Id\" FROM energy_buildings WHERE \"Code\" = {code})", Ct));
        Assert.Equal(120m, (await RankAsync()).Cached.Single(r => r.Code == code).EuiKwh);

        // A corrected floor area (a new revision of the building's row): the same energy over the new area.
        await EnergyFixture.WithDb(app, db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE energy_buildings SET \"FloorArea\" = {20_000m} WHERE \"Code\" = {code}", Ct));
        var moved = (await RankAsync()).Cached.Single(r => r.Code == code);
        Assert.Equal((60m, 20_000m), (moved.EuiKwh, moved.FloorArea));
        Assert.Equal(100m, (await RankAsync()).Cached.Single(r => r.Code == twin).EuiKwh);
    }
}

public sealed class BuildingCatalogTestsOnSqlite(SqliteApp app) : BuildingCatalogTests(app), IClassFixture<SqliteApp>;

public sealed class BuildingCatalogTestsOnPostgres(PostgresApp app) : BuildingCatalogTests(app), IClassFixture<PostgresApp>;
