using System.Globalization;
using System.Net;
using GreenBuild.Energy.Benchmarking;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Standards.EnergyUse;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Energy;

/// <summary>
/// The ranking's output pinned for a fixture of its own year: every value with its decimal scale (as the API and the
/// exports print it), the order (EUI down, ties by code), the ranks in the province and the prefecture, the bands,
/// quotas and shares, and the city and type filters. The buildings' year rows are written directly (the ranking reads
/// only them; the roll-up tests cover how ingest fills them).
/// </summary>
public abstract class RankingTests(GreenBuildApp app)
{
    private const int Year = 2011; // no other test or demo data uses this year

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Decimal's own ToString keeps the scale ("30.00", "0.00", "60"), as the API's JSON and the exports print it.
    private static string S(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Line(BuildingEui r, IReadOnlyDictionary<string, string> names) =>
        $"{r.Rank} {r.CityRank} {names[r.Code]} {r.CityCode} {r.PrefectureCode} {r.BuildingType} {S(r.ElectricityKwh)} {S(r.HeatGj)} {S(r.GasM3)} | {S(r.EuiKwh)} {S(r.EuiKgce)} | {S(r.Constraint)} {S(r.Guide)} {r.Band?.ToString() ?? "-"} | {S(r.QuotaKwhPerM2)} {S(r.PercentOfQuota)}";

    private async Task<string> BuildingAsync(string city, PublicBuildingType type, OperationClass operation, decimal area, long? kwhMilli = null, long heatMilli = 0, long gasMilli = 0)
    {
        var code = await EnergyFixture.BuildingAsync(app, area, city, type: type);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var building = await db.Set<MonitoredBuilding>().SingleAsync(b => b.Code == code, Ct);
        building.OperationClass = operation;
        if (kwhMilli is { } kwh)
        {
            db.Add(new BuildingYear { BuildingId = building.Id, Year = Year, ElectricityMilli = kwh, HeatMilli = heatMilli, GasMilli = gasMilli });
            // Another year's row must not count.
            db.Add(new BuildingYear { BuildingId = building.Id, Year = Year + 1, ElectricityMilli = kwh * 3, HeatMilli = 1, GasMilli = 2 });
        }

        await db.SaveChangesAsync(Ct);
        return code;
    }

    private async Task<IReadOnlyList<BuildingEui>> RankAsync(string? city = null, PublicBuildingType? type = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReadRanking>().RunAsync(EnergyFixture.Province, Year, city, type, Ct);
    }

    [Fact]
    public async Task The_ranking_of_a_year_gives_these_values_scales_order_ranks_and_bands()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        foreach (var quota in new object[]
                 {
                     new { year = Year, buildingType = "GovernmentOffice", quotaKwhPerM2 = 60, source = "测试定额" },
                     new { year = Year, cityCode = "140100", buildingType = "GovernmentOffice", quotaKwhPerM2 = 55.5m, source = "测试定额" },
                     new { year = Year, buildingType = "Hotel", quotaKwhPerM2 = 110, constraint = 130, guide = 100, source = "测试定额" },
                     new { year = Year + 1, buildingType = "ShoppingMall", quotaKwhPerM2 = 150, constraint = 180, guide = 140, source = "测试定额" },
                 })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/energy/quotas", quota)).StatusCode);
        }

        var names = new Dictionary<string, string>
        {
            // 600,000 kWh / 10,000 m² = 60 exactly; kgce (600,000 × 0.1229 + 1,234.567 × 34.12) / 10,000 = 11.586…; Taiyuan's 55.5: 108.1 %.
            [await BuildingAsync("140105", PublicBuildingType.GovernmentOffice, OperationClass.A, 10_000, 600_000_000, 1_234_567)] = "G1",
            // 123,456.789 / 2,345.67 = 52.631… ; gas 5.5 m³.
            [await BuildingAsync("140212", PublicBuildingType.GovernmentOffice, OperationClass.A, 2_345.67m, 123_456_789, 0, 5_500)] = "G2",
            // Two exact midpoints: 10,001 / 200 = 20,002 / 400 = 50.005 → 50.01 (away from zero), a tie ordered by code.
            [await BuildingAsync("140212", PublicBuildingType.GovernmentOffice, OperationClass.A, 200, 10_001_000)] = "G3",
            [await BuildingAsync("140105", PublicBuildingType.GovernmentOffice, OperationClass.A, 400, 20_002_000)] = "G4",
            // B类 government office: 90 / 65 in the reference table; 88,888.888 / 1,000.5 = 88.84…
            [await BuildingAsync("140100", PublicBuildingType.GovernmentOffice, OperationClass.B, 1_000.5m, 88_888_888, 100_000)] = "GB",
            // Hotel: the quota's own 约束值/引导值; 700,000 / 5,000.5 = 139.986… exceeds 130; kgce (86,030 + 12,345.678 × 1.2143) / 5,000.5 = 20.20.
            [await BuildingAsync("140105", PublicBuildingType.Hotel, OperationClass.A, 5_000.5m, 700_000_000, 0, 12_345_678)] = "H1",
            // Mall: no 2011 quota and no reference values: no band.
            [await BuildingAsync("140212", PublicBuildingType.ShoppingMall, OperationClass.A, 8_000, 1_000_000_000)] = "M1",
            // Commercial office: reference values, no quota; 30,000.001 / 1,000 = 30.000001 → 30.00.
            [await BuildingAsync("140105", PublicBuildingType.CommercialOffice, OperationClass.A, 1_000, 30_000_001)] = "C1",
            // No energy at all.
            [await BuildingAsync("140212", PublicBuildingType.GovernmentOffice, OperationClass.A, 1_234, 0)] = "Z0",
        };
        // A building without a row for the year is not ranked.
        await BuildingAsync("140105", PublicBuildingType.GovernmentOffice, OperationClass.A, 5_000);
        var tie = names.Where(n => n.Value is "G3" or "G4").Select(n => n.Key).Order(StringComparer.Ordinal).Select(c => names[c]).ToList();

        var province = (await RankAsync()).Select(r => Line(r, names)).ToList();
        // Quota values pass through as the database returns them: numeric(10,2) on PostgreSQL, EF's text on SQLite.
        string Q(string postgres, string sqlite) => app is PostgresApp ? postgres : sqlite;
        Assert.Equal(["G4", "G3"], tie); // 1401… before 1402…
        Assert.Equal(
        [
            $"1 1 H1 140105 140100 Hotel 700000 0 12345.678 | 139.99 20.20 | {Q("130.00 100.00", "130.0 100.0")} ExceedsConstraint | {Q("110.00", "110.0")} 127.3",
            "2 1 M1 140212 140200 ShoppingMall 1000000 0 0 | 125 15.36 | - - - | - -",
            $"3 2 GB 140100 140100 GovernmentOffice 88888.888 100 0 | 88.84 14.33 | 90 65 BetweenGuideAndConstraint | {Q("55.50", "55.5")} 160.1",
            $"4 3 G1 140105 140100 GovernmentOffice 600000 1234.567 0 | 60 11.59 | 70 50 BetweenGuideAndConstraint | {Q("55.50", "55.5")} 108.1",
            $"5 2 G2 140212 140200 GovernmentOffice 123456.789 0 5.5 | 52.63 6.47 | 70 50 BetweenGuideAndConstraint | {Q("60.00", "60.0")} 87.7",
            $"6 4 G4 140105 140100 GovernmentOffice 20002 0 0 | 50.01 6.15 | 70 50 BetweenGuideAndConstraint | {Q("55.50", "55.5")} 90.1",
            $"7 3 G3 140212 140200 GovernmentOffice 10001 0 0 | 50.01 6.15 | 70 50 BetweenGuideAndConstraint | {Q("60.00", "60.0")} 83.4",
            "8 5 C1 140105 140100 CommercialOffice 30000.001 0 0 | 30.00 3.69 | 85 65 BetterThanGuide | - -",
            $"9 4 Z0 140212 140200 GovernmentOffice 0 0 0 | 0 0.00 | 70 50 BetterThanGuide | {Q("60.00", "60.0")} 0",
        ], province);

        // A prefecture: its buildings only, ranked among themselves.
        Assert.Equal(["M1 1 1", "G2 2 2", "G3 3 3", "Z0 4 4"], (await RankAsync("140212")).Select(r => $"{names[r.Code]} {r.Rank} {r.CityRank}"));
        // A type: the province's hotels.
        Assert.Equal(["H1 1 1"], (await RankAsync(type: PublicBuildingType.Hotel)).Select(r => $"{names[r.Code]} {r.Rank} {r.CityRank}"));
        // A county code stands for its prefecture (1401xx, with the building registered on 140100 itself).
        Assert.Equal(["GB 1 1", "G1 2 2", "G4 3 3"], (await RankAsync("140105", PublicBuildingType.GovernmentOffice)).Select(r => $"{names[r.Code]} {r.Rank} {r.CityRank}"));
    }

    [Fact]
    public async Task The_provinces_own_values_entered_with_a_quota_replace_the_unverified_table_in_the_ranking_and_on_the_building_page()
    {
        const int year = 2014; // no other test or demo data uses this year
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        // Taiyuan corrects the table's A类党政机关办公 70 / 50 (recalled, unverified) to 80 / 55; Datong enters nothing.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/energy/quotas",
            new { year, cityCode = "140100", buildingType = "GovernmentOffice", quotaKwhPerM2 = 60, constraint = 80, guide = 55, source = "省厅核定值（测试）" })).StatusCode);
        var codes = new List<string>();
        foreach (var city in new[] { "140105", "140212" })
        {
            var code = await EnergyFixture.BuildingAsync(app, 10_000m, city, type: PublicBuildingType.GovernmentOffice);
            await EnergyFixture.WithDb(app, async db =>
            {
                var id = await db.Set<MonitoredBuilding>().Where(b => b.Code == code).Select(b => b.Id).SingleAsync(Ct);
                // 520,000 kWh / 10,000 m² = 52: above the table's 引导值 50, below Taiyuan's 55.
                db.Add(new BuildingYear { BuildingId = id, Year = year, ElectricityMilli = 520_000_000, HeatMilli = 0, GasMilli = 0 });
                db.Add(new BuildingPeriod { BuildingId = id, ItemCode = ReadRanking.Electricity, Year = year, Month = 0, EnergyMilli = 520_000_000 });
                return await db.SaveChangesAsync(Ct);
            });
            codes.Add(code);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var ranking = await scope.ServiceProvider.GetRequiredService<ReadRanking>().RunAsync(EnergyFixture.Province, year, null, null, Ct);
        var (taiyuan, datong) = (ranking.Single(r => r.Code == codes[0]), ranking.Single(r => r.Code == codes[1]));
        Assert.Equal((80m, 55m, QuotaBand.BetterThanGuide), (taiyuan.Constraint!.Value, taiyuan.Guide!.Value, taiyuan.Band!.Value));
        Assert.Equal((70m, 50m, QuotaBand.BetweenGuideAndConstraint), (datong.Constraint!.Value, datong.Guide!.Value, datong.Band!.Value));

        // The building page runs the calculator with the same values and names their source.
        var read = scope.ServiceProvider.GetRequiredService<ReadBuilding>();
        var page = (await read.RunAsync(EnergyFixture.Province, codes[0], year, null, null, Ct))!.Eui!.Outcome!.NonHeating;
        Assert.Equal((80m, 55m), (page.Constraint, page.Guide));
        Assert.Contains("省厅核定值（测试）", page.QuotaSource, StringComparison.Ordinal);
        var table = (await read.RunAsync(EnergyFixture.Province, codes[1], year, null, null, Ct))!.Eui!.Outcome!.NonHeating;
        Assert.Equal((70m, 50m), (table.Constraint, table.Guide));
        Assert.Contains("unverified", table.QuotaSource, StringComparison.Ordinal);
    }
}

public sealed class RankingTestsOnSqlite(SqliteApp app) : RankingTests(app), IClassFixture<SqliteApp>;

public sealed class RankingTestsOnPostgres(PostgresApp app) : RankingTests(app), IClassFixture<PostgresApp>;

/// <summary>The ranking's thousandths are the same decimals, bit for bit, as <c>milli / 1000m</c>.</summary>
public sealed class RankingArithmeticTests
{
    [Fact]
    public void Thousandths_equal_the_decimal_division_in_value_scale_and_bits()
    {
        var random = new Random(6);
        long[] edges = [0, 1, -1, 5, 10, 100, 999, 1_000, 1_001, 1_234_500, 1_234_000, -1_500, 600_000_000, 123_456_789, long.MaxValue, long.MinValue, long.MinValue + 1, long.MaxValue - 7];
        var values = edges.Concat(Enumerable.Range(0, 20_000).Select(i => i % 4 switch
        {
            0 => random.NextInt64(0, 1_000_000),
            1 => random.NextInt64(0, 10_000) * 1_000,
            2 => random.NextInt64(long.MinValue, long.MaxValue),
            _ => random.NextInt64(0, 100_000) * 10,
        }));
        foreach (var milli in values)
        {
            var expected = milli / 1000m;
            var actual = ReadRanking.Thousandths(milli);
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(actual));
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));
        }
    }
}
