using System.Text;
using GreenBuild.Energy;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Energy;

/// <summary>Builders for monitored buildings and meters and a direct way to ingest a CSV batch, on the app's real database.</summary>
public static class EnergyFixture
{
    public static readonly DataScope Province = new(true, null, null);

    private static int serial;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh building (unique code) in Taiyuan with the given meters ("-E" electricity, "-H" heat…).</summary>
    public static async Task<string> BuildingAsync(GreenBuildApp app, decimal area = 10_000, string city = "140105", string? collector = null,
        PublicBuildingType type = PublicBuildingType.GovernmentOffice, params (string Suffix, string Item, string Unit, ReadingKind Kind, int? Digits, string? Parent)[] meters)
    {
        var code = city[..4] + (Interlocked.Increment(ref serial) + (Random.Shared.Next(0, 9000) * 100)).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = app.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<RegisterMonitoring>();
        var building = await register.SaveBuildingAsync(Province, new BuildingInput(code, "测试建筑 " + code, city, type, OperationClass.A, ClimateZone.Cold, area, null), Ct);
        Assert.True(building.Succeeded, string.Join(", ", building.Errors.Select(e => e.Code)));
        if (meters.Length == 0)
        {
            meters = [("-E", "01000", "kWh", ReadingKind.Cumulative, null, null), ("-H", "04000", "GJ", ReadingKind.Cumulative, null, null)];
        }

        foreach (var m in meters)
        {
            var saved = await register.SaveMeterAsync(Province, new MeterInput(code + m.Suffix, code, m.Suffix, m.Item, m.Unit, 1, m.Kind, 60, m.Digits,
                m.Parent is null ? null : code + m.Parent, collector), Ct);
            Assert.True(saved.Succeeded, string.Join(", ", saved.Errors.Select(e => e.Code)));
        }

        return code;
    }

    public static async Task<IngestReport> IngestAsync(GreenBuildApp app, string csv, IngestCaller? caller = null, bool strict = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await scope.ServiceProvider.GetRequiredService<IngestReadings>().RunAsync(stream, ReadingFormat.Csv, "test", caller ?? new IngestCaller(Province, null), strict, 1_000_000, Ct);
    }

    public static string Csv(IEnumerable<(string Meter, DateTime Utc, decimal Value)> readings) =>
        "meter,time,value\n" + string.Join("\n", readings.Select(r => $"{r.Meter},{r.Utc:yyyy-MM-ddTHH:mm:ss}Z,{r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));

    /// <summary>Every stored row of a building's meters, keyed by meter suffix, comparable across buildings.</summary>
    public static async Task<List<string>> StateAsync(GreenBuildApp app, string building)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var b = await db.Set<MonitoredBuilding>().SingleAsync(x => x.Code == building, Ct);
        var meters = await db.Set<Meter>().Where(m => m.BuildingId == b.Id).ToDictionaryAsync(m => m.Id, m => m.Code[building.Length..], Ct);
        var ids = meters.Keys.ToList();
        var days = await db.Set<MeterDay>().AsNoTracking().Where(d => ids.Contains(d.MeterId)).ToListAsync(Ct);
        var periods = await db.Set<MeterPeriod>().AsNoTracking().Where(p => ids.Contains(p.MeterId)).ToListAsync(Ct);
        var buildingPeriods = await db.Set<BuildingPeriod>().AsNoTracking().Where(p => p.BuildingId == b.Id).ToListAsync(Ct);
        var years = await db.Set<BuildingYear>().AsNoTracking().Where(y => y.BuildingId == b.Id).ToListAsync(Ct);
        return [.. days.Select(d => $"day {meters[d.MeterId]} {d.Day} {Convert.ToHexString(d.Entries)} {Convert.ToHexString(d.Hourly)} {d.EnergyMilli} {d.Readings} {d.Valid} {d.Expected} {d.Excluded} {d.Flags}")
            .Concat(periods.Where(p => p.Days != 0 || p.EnergyMilli != 0).Select(p => $"period {meters[p.MeterId]} {p.Year}-{p.Month} {p.EnergyMilli} {p.Valid} {p.Expected} {p.Excluded} {p.Days}"))
            .Concat(buildingPeriods.Where(p => p.EnergyMilli != 0).Select(p => $"building {p.ItemCode} {p.Year}-{p.Month} {p.EnergyMilli}"))
            .Concat(years.Where(y => (y.ElectricityMilli, y.HeatMilli, y.GasMilli) != (0, 0, 0)).Select(y => $"building year {y.Year} {y.ElectricityMilli} {y.HeatMilli} {y.GasMilli}"))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Fails with every difference when the stored roll-ups differ from a recomputation from raw.</summary>
    public static async Task AssertRollupsEqualRecomputationAsync(GreenBuildApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var differences = await scope.ServiceProvider.GetRequiredService<GreenBuild.Energy.Rollups.VerifyRollups>().RunAsync(Ct);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    public static async Task<T> WithDb<T>(GreenBuildApp app, Func<GreenBuildDb, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GreenBuildDb>());
    }
}
