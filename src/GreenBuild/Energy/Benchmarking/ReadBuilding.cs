using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Readings;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Benchmarking;

/// <summary>A meter of the page, with its year's quality.</summary>
public sealed record MeterLine(string Code, string Name, string ItemCode, string ItemName, string Unit, decimal Multiplier, ReadingKind Kind, int IntervalMinutes,
    string? ParentCode, decimal YearEnergy, string CanonicalUnit, decimal? QualityScore, int Excluded);

/// <summary>One day of a meter's quality.</summary>
public sealed record QualityDay(string Meter, DateOnly Day, int Readings, int Valid, int Expected, int Excluded, QualityFlag Flags)
{
    public decimal Score => Expected == 0 ? 0 : Math.Round(100m * Valid / Expected, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A reading of the load curve: the interval's end (Beijing time), its energy and flags.</summary>
public sealed record CurvePoint(DateTime EndLocal, decimal Energy, QualityFlag Flags, bool Counted);

/// <summary>Everything the building page shows, from the roll-ups (and one day of raw readings for the load curve).</summary>
public sealed record BuildingReport(
    MonitoredBuilding Building, int Year, IReadOnlyList<int> Years, IReadOnlyList<MeterLine> Meters,
    IReadOnlyDictionary<string, decimal[]> Monthly, IReadOnlyDictionary<string, decimal> Yearly, IReadOnlyDictionary<string, string> CodeNames,
    DateOnly Month, IReadOnlyDictionary<string, decimal[]> Daily, IReadOnlyList<QualityDay> Quality,
    DateOnly CurveDay, IReadOnlyDictionary<string, IReadOnlyList<CurvePoint>> Curve, CalculationResult<EnergyUseOutcome>? Eui, decimal EuiKgce, string CoalSource);

/// <summary>楼宇能耗 — one building's year: monthly and daily energy by code, sub-items, quality by meter and day, a day's load curve, EUI against GB/T 51161.</summary>
public sealed class ReadBuilding(GreenBuildDb db, StandardValues standards, ReadRanking ranking, TimeProvider clock)
{
    public async Task<BuildingReport?> RunAsync(DataScope scope, string code, int? year, DateOnly? month, DateOnly? day, CancellationToken cancellationToken = default)
    {
        var building = await scope.WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode).FirstOrDefaultAsync(b => b.Code == code, cancellationToken);
        if (building is null)
        {
            return null;
        }

        var periods = await db.Set<BuildingPeriod>().AsNoTracking().Where(p => p.BuildingId == building.Id).ToListAsync(cancellationToken);
        var years = periods.Select(p => p.Year).Distinct().Order().ToList();
        // By default the last complete year (the current one is partial), else the latest with data.
        var thisYear = clock.GetUtcNow().Year;
        var y = year ?? (years.Count > 0 ? years.Where(x => x < thisYear).DefaultIfEmpty(years[^1]).Max() : thisYear);
        var codes = await db.Set<EnergyItemCode>().AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
        var monthly = periods.Where(p => p.Year == y && p.Month > 0).GroupBy(p => p.ItemCode)
            .ToDictionary(g => g.Key, g => Enumerable.Range(1, 12).Select(m => g.Where(p => p.Month == m).Sum(p => p.EnergyMilli) / 1000m).ToArray());
        var yearly = periods.Where(p => p.Year == y && p.Month == 0).ToDictionary(p => p.ItemCode, p => p.EnergyMilli / 1000m);

        var meters = await db.Set<Meter>().AsNoTracking().Where(m => m.BuildingId == building.Id).OrderBy(m => m.Code).ToListAsync(cancellationToken);
        var meterIds = meters.Select(m => m.Id).ToList();
        var meterYears = await db.Set<MeterPeriod>().AsNoTracking().Where(p => meterIds.Contains(p.MeterId) && p.Year == y && p.Month == 0).ToDictionaryAsync(p => p.MeterId, cancellationToken);
        var codesById = meters.ToDictionary(m => m.Id, m => m.Code);
        var lines = meters.Select(m => new MeterLine(m.Code, m.Name, m.ItemCode, codes[m.ItemCode].NameZh, m.Unit, m.Multiplier, m.Kind, m.IntervalMinutes,
            m.ParentMeterId is { } p ? codesById.GetValueOrDefault(p) : null,
            meterYears.TryGetValue(m.Id, out var my) ? my.EnergyMilli / 1000m : 0, codes[m.ItemCode].CanonicalUnit,
            meterYears.TryGetValue(m.Id, out var q) && q.Expected > 0 ? Math.Round(100m * q.Valid / q.Expected, 1, MidpointRounding.AwayFromZero) : null,
            meterYears.TryGetValue(m.Id, out var e) ? e.Excluded : 0)).ToList();

        var firstOfMonth = month ?? LatestMonth(monthly, y);
        var from = new DateOnly(firstOfMonth.Year, firstOfMonth.Month, 1);
        var to = from.AddMonths(1);
        var days = await db.Set<MeterDay>().AsNoTracking().Where(d => meterIds.Contains(d.MeterId) && d.Day >= from && d.Day < to)
            .Select(d => new { d.MeterId, d.Day, d.EnergyMilli, d.Readings, d.Valid, d.Expected, d.Excluded, d.Flags }).ToListAsync(cancellationToken);
        var roots = meters.Where(m => m.ParentMeterId is null).ToDictionary(m => m.Id, m => codes[m.ItemCode].CategoryCode);
        var dayCount = to.DayNumber - from.DayNumber;
        var daily = days.Where(d => roots.ContainsKey(d.MeterId)).GroupBy(d => roots[d.MeterId])
            .ToDictionary(g => g.Key, g => Enumerable.Range(0, dayCount).Select(i => g.Where(d => d.Day == from.AddDays(i)).Sum(d => d.EnergyMilli) / 1000m).ToArray());
        var quality = days.OrderBy(d => codesById[d.MeterId], StringComparer.Ordinal).ThenBy(d => d.Day)
            .Select(d => new QualityDay(codesById[d.MeterId], d.Day, d.Readings, d.Valid, d.Expected, d.Excluded, (QualityFlag)d.Flags)).ToList();

        var curveDay = day ?? (days.Count > 0 ? days.Max(d => d.Day) : from);
        var curveRows = await db.Set<MeterDay>().AsNoTracking().Where(d => meterIds.Contains(d.MeterId) && d.Day == curveDay).ToListAsync(cancellationToken);
        var curve = curveRows.ToDictionary(r => codesById[r.MeterId], r => (IReadOnlyList<CurvePoint>)[.. DayEntries.Decode(r.Day, r.Entries).Where(x => !x.IsBaseline)
            .Select(x => new CurvePoint(new DateTime(x.Ticks).Add(DayEntries.ChinaOffset), x.Energy / 1000m, x.Quality, QualityRule.CountsInRollups(x.Quality)))]);

        var kwh = yearly.GetValueOrDefault(ReadRanking.Electricity);
        CalculationResult<EnergyUseOutcome>? eui = null;
        if (kwh > 0)
        {
            var quota = ReadRanking.QuotaFor(await ranking.Quotas(y, cancellationToken), building);
            eui = standards.EnergyUse.Calculate(new EnergyUseInput
            {
                BuildingType = building.BuildingType, OperationClass = building.OperationClass, ClimateZone = building.ClimateZone,
                FloorArea = building.FloorArea, AnnualNonHeatingEnergyKwh = kwh,
                // The province's 约束值/引导值, when it entered them with the quota, replace the table's (as in the ranking).
                CustomQuota = quota is { Constraint: { } c, Guide: { } g } ? new EnergyQuota { Constraint = c, Guide = g, Source = quota.Source } : null,
            });
        }

        var kgce = building.FloorArea == 0 ? 0 : Math.Round(((kwh * standards.KgcePerKwh) + (yearly.GetValueOrDefault(ReadRanking.Heat) * standards.KgcePerGj)
            + (yearly.GetValueOrDefault(ReadRanking.Gas) * standards.KgcePerM3Gas)) / building.FloorArea, 2, MidpointRounding.AwayFromZero);
        return new BuildingReport(building, y, years, lines, monthly, yearly, codes.ToDictionary(c => c.Key, c => c.Value.NameZh), from, daily, quality, curveDay, curve,
            eui, kgce, standards.CoalSource);
    }

    /// <summary>分项月报 — a building's energy by code and month of a year, from the building roll-up alone.</summary>
    public async Task<IReadOnlyDictionary<string, decimal[]>?> MonthlyAsync(DataScope scope, string code, int year, CancellationToken cancellationToken = default)
    {
        var building = await scope.WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode).Where(b => b.Code == code).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(cancellationToken);
        if (building is not { } id)
        {
            return null;
        }

        var rows = await db.Set<BuildingPeriod>().AsNoTracking().Where(p => p.BuildingId == id && p.Year == year && p.Month > 0)
            .Select(p => new { p.ItemCode, p.Month, p.EnergyMilli }).ToListAsync(cancellationToken);
        return rows.GroupBy(p => p.ItemCode).ToDictionary(g => g.Key, g => Enumerable.Range(1, 12).Select(m => g.Where(p => p.Month == m).Sum(p => p.EnergyMilli) / 1000m).ToArray());
    }

    private static DateOnly LatestMonth(Dictionary<string, decimal[]> monthly, int year)
    {
        var last = monthly.Values.Select(v => Array.FindLastIndex(v, x => x != 0)).DefaultIfEmpty(-1).Max();
        return new DateOnly(year, Math.Max(1, last + 1), 1);
    }
}
