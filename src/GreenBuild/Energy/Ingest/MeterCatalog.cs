using GreenBuild.Energy.Model;
using GreenBuild.Energy.Readings;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Ingest;

/// <summary>Loads the meters a caller may write, with their rules and roll-up codes.</summary>
internal static class MeterCatalog
{
    public static async Task<Dictionary<Guid, MeterInfo>> LoadAsync(GreenBuildDb db, DataScope scope, Guid? collectorId, Guid? buildingId, CancellationToken cancellationToken)
    {
        var query = from m in db.Set<Meter>().AsNoTracking()
                    join b in db.Set<MonitoredBuilding>().AsNoTracking() on m.BuildingId equals b.Id
                    select new { Meter = m, b.CityCode, b.BuildingType };
        if (collectorId is { } collector)
        {
            query = query.Where(x => x.Meter.CollectorId == collector);
        }
        else
        {
            query = scope.WithinCity(query, x => x.CityCode);
        }

        if (buildingId is { } building)
        {
            query = query.Where(x => x.Meter.BuildingId == building);
        }

        var rows = await query.ToListAsync(cancellationToken);
        var codes = await db.Set<EnergyItemCode>().AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
        var swaps = (await (from r in db.Set<MeterReplacementRecord>().AsNoTracking() join x in query on r.MeterId equals x.Meter.Id select r).ToListAsync(cancellationToken))
            .GroupBy(r => r.MeterId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.AtUtc).Select(r => (r.AtUtc.Ticks, Milli(r.OldFinal), Milli(r.NewInitial))).ToList());
        var result = new Dictionary<Guid, MeterInfo>(rows.Count);
        foreach (var row in rows)
        {
            var meter = row.Meter;
            var code = codes[meter.ItemCode];
            var factor = meter.Multiplier * (EnergyUnits.Factor(meter.Unit, code.CanonicalUnit) ?? 1);
            var rules = new MeterRules(meter.Kind == ReadingKind.Cumulative, TimeSpan.FromMinutes(meter.IntervalMinutes).Ticks,
                meter.RegisterDigits is { } digits ? (long)Math.Pow(10, digits) * 1000 : null, factor, swaps.GetValueOrDefault(meter.Id) ?? []);
            result[meter.Id] = new MeterInfo(meter.Id, meter.Code, meter.BuildingId, Place.PrefectureOf(row.CityCode), row.BuildingType.ToString(), meter.Unit,
                meter.CollectorId, 24 * 60 / meter.IntervalMinutes, rules, RollupCodes(meter, code));
        }

        return result;
    }

    /// <summary>
    /// The hierarchy rule: a main meter counts for its own code and, when that is a sub-item, for its category too;
    /// a sub-meter counts only for its sub-item (its energy is already in the main meter's category total).
    /// </summary>
    public static IReadOnlyList<string> RollupCodes(Meter meter, EnergyItemCode code) => meter.ParentMeterId is null
        ? code.IsCategory ? [code.Code] : [code.Code, code.CategoryCode]
        : code.IsCategory ? [] : [code.Code];

    private static long Milli(decimal value) => (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
}
