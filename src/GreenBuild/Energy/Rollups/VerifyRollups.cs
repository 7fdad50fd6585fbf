using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Readings;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Rollups;

/// <summary>
/// 汇总核对 — recomputes everything from the raw readings alone (each meter derived from its first reading, every
/// day, month, year, building, building-year and city/type sum) and lists where the stored rows differ. An empty list means the
/// roll-ups maintained at ingest equal a recomputation from raw.
/// </summary>
public sealed class VerifyRollups(GreenBuildDb db)
{
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var meters = await MeterCatalog.LoadAsync(db, new DataScope(true, null, null), null, null, cancellationToken);
        var differences = new List<string>();
        var expected = new RollupChanges();
        var hourly = new long[24];
        foreach (var meter in meters.Values.OrderBy(m => m.Code))
        {
            var days = await db.Set<MeterDay>().AsNoTracking().Where(d => d.MeterId == meter.Id).OrderBy(d => d.Day).ToListAsync(cancellationToken);
            var deriver = new IntervalDeriver(meter.Rules);
            foreach (var day in days)
            {
                var stored = DayEntries.Decode(day.Day, day.Entries);
                var derived = stored.Select(e => deriver.Next(e.Ticks, e.Raw)).ToList();
                if (!derived.SequenceEqual(stored))
                {
                    var i = derived.Zip(stored).TakeWhile(p => p.First == p.Second).Count();
                    differences.Add($"{meter.Code} {day.Day:yyyy-MM-dd}: reading {i} derived as {(i < derived.Count ? derived[i] : null)}, stored {(i < stored.Count ? stored[i] : null)}");
                }

                var stats = DayStats.Of(derived, meter.ExpectedPerDay, hourly);
                if (stats != new DayStats(day.EnergyMilli, day.Readings, day.Valid, day.Expected, day.Excluded, day.Flags)
                    || !DayEntries.EncodeHourly(hourly).AsSpan().SequenceEqual(day.Hourly))
                {
                    differences.Add($"{meter.Code} {day.Day}: day roll-up differs");
                }

                expected.Add(meter, day.Day, stats, null);
            }
        }

        var periods = await db.Set<MeterPeriod>().AsNoTracking().ToListAsync(cancellationToken);
        Compare(differences, "meter period",
            expected.Meters.Where(m => !m.Value.IsZero).ToDictionary(m => $"{meters[m.Key.Meter].Code} {m.Key.Year}-{m.Key.Month}", m => (m.Value.Energy, m.Value.Valid, m.Value.Expected, m.Value.Excluded, m.Value.Days)),
            periods.Where(p => meters.ContainsKey(p.MeterId) && (p.EnergyMilli, p.Valid, p.Expected, p.Excluded, p.Days) != (0, 0, 0, 0, 0)).ToDictionary(p => $"{meters[p.MeterId].Code} {p.Year}-{p.Month}", p => (p.EnergyMilli, p.Valid, p.Expected, p.Excluded, p.Days)));
        var buildings = await db.Set<BuildingPeriod>().AsNoTracking().ToListAsync(cancellationToken);
        Compare(differences, "building period",
            expected.Buildings.Where(b => b.Value != 0).ToDictionary(b => $"{b.Key.Building} {b.Key.Code} {b.Key.Year}-{b.Key.Month}", b => b.Value),
            buildings.Where(b => b.EnergyMilli != 0).ToDictionary(b => $"{b.BuildingId} {b.ItemCode} {b.Year}-{b.Month}", b => b.EnergyMilli));
        var years = await db.Set<BuildingYear>().AsNoTracking().ToListAsync(cancellationToken);
        Compare(differences, "building year",
            expected.BuildingYears.Where(y => !y.Value.IsZero).ToDictionary(y => $"{y.Key.Building} {y.Key.Year}", y => (y.Value.Electricity, y.Value.Heat, y.Value.Gas)),
            years.Where(y => (y.ElectricityMilli, y.HeatMilli, y.GasMilli) != (0, 0, 0)).ToDictionary(y => $"{y.BuildingId} {y.Year}", y => (y.ElectricityMilli, y.HeatMilli, y.GasMilli)));
        var areas = await db.Set<AreaYear>().AsNoTracking().ToListAsync(cancellationToken);
        Compare(differences, "city and type year",
            expected.Areas.Where(a => a.Value != 0).ToDictionary(a => $"{a.Key.City} {a.Key.Type} {a.Key.Code} {a.Key.Year}", a => a.Value),
            areas.Where(a => a.EnergyMilli != 0).ToDictionary(a => $"{a.CityCode} {a.BuildingType} {a.ItemCode} {a.Year}", a => a.EnergyMilli));
        return differences;
    }

    private static void Compare<T>(List<string> differences, string what, Dictionary<string, T> expected, Dictionary<string, T> stored)
    {
        foreach (var (key, value) in expected)
        {
            if (!stored.TryGetValue(key, out var actual) || !EqualityComparer<T>.Default.Equals(actual, value))
            {
                differences.Add($"{what} {key}: stored {(stored.TryGetValue(key, out var s) ? s : "nothing")}, recomputed {value}");
            }
        }

        differences.AddRange(stored.Keys.Except(expected.Keys).Select(key => $"{what} {key}: stored {stored[key]}, recomputed nothing"));
    }
}
