using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Benchmarking;

/// <summary>One building's year against GB/T 51161 and its quota.</summary>
public sealed record BuildingEui(
    int Rank, int CityRank, string Code, string Name, string CityCode, string PrefectureCode, PublicBuildingType BuildingType, decimal FloorArea,
    decimal ElectricityKwh, decimal HeatGj, decimal GasM3, decimal EuiKwh, decimal EuiKgce, decimal? Constraint, decimal? Guide, QuotaBand? Band,
    decimal? QuotaKwhPerM2, decimal? PercentOfQuota);

/// <summary>A city and building type's year: the sums of its buildings.</summary>
public sealed record AreaEui(string CityCode, PublicBuildingType BuildingType, int Buildings, decimal FloorArea, decimal ElectricityKwh, decimal EuiKwh);

/// <summary>
/// 能耗排名 — the annual EUI of every monitored building within scope from the yearly roll-ups (never from raw
/// readings): kWh/(m²·a) of electricity (the GB/T 51161 non-heating intensity) and kgce/(m²·a) of electricity,
/// district heat and gas by GB/T 2589, ranked from the highest, in the province and in each city, with the
/// building's 约束值/引导值 and quota.
/// </summary>
public sealed class ReadRanking(GreenBuildDb db, StandardValues standards)
{
    public const string Electricity = "01000";
    public const string Heat = "04000";
    public const string Gas = "03000";

    public async Task<IReadOnlyList<BuildingEui>> RunAsync(DataScope scope, int year, string? cityCode, PublicBuildingType? type, CancellationToken cancellationToken = default)
    {
        var buildings = scope.WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode);
        if (!string.IsNullOrEmpty(cityCode))
        {
            var prefix = Place.PrefectureOf(cityCode)[..4];
            buildings = buildings.Where(b => b.CityCode.StartsWith(prefix));
        }

        if (type is { } t)
        {
            buildings = buildings.Where(b => b.BuildingType == t);
        }

        // One aggregate over the yearly roll-up rows (one per building and code, found by the (Year, Month) index):
        // a row per building with its three carriers, joined to the building's own columns.
        var yearly = db.Set<BuildingPeriod>().AsNoTracking()
            .Where(p => p.Year == year && p.Month == 0 && (p.ItemCode == Electricity || p.ItemCode == Heat || p.ItemCode == Gas))
            .GroupBy(p => p.BuildingId)
            .Select(g => new
            {
                BuildingId = g.Key,
                Kwh = g.Sum(p => p.ItemCode == Electricity ? p.EnergyMilli : 0L),
                Gj = g.Sum(p => p.ItemCode == Heat ? p.EnergyMilli : 0L),
                Gas = g.Sum(p => p.ItemCode == Gas ? p.EnergyMilli : 0L),
            });
        var sums = await (from s in yearly
                          join b in buildings on s.BuildingId equals b.Id
                          select new YearRow(b.Code, b.Name, b.CityCode, b.BuildingType, b.OperationClass, b.ClimateZone, b.FloorArea, s.Kwh, s.Gj, s.Gas))
            .ToListAsync(cancellationToken);
        var quotas = await Quotas(year, cancellationToken);
        var rows = new List<BuildingEui>(sums.Count);
        foreach (var b in sums)
        {
            var kwh = b.KwhMilli / 1000m;
            var gj = b.GjMilli / 1000m;
            var gas = b.GasMilli / 1000m;
            var eui = Math.Round(kwh / b.FloorArea, 2, MidpointRounding.AwayFromZero);
            var kgce = Math.Round(((kwh * standards.KgcePerKwh) + (gj * standards.KgcePerGj) + (gas * standards.KgcePerM3Gas)) / b.FloorArea, 2, MidpointRounding.AwayFromZero);
            var prefecture = Place.PrefectureOf(b.CityCode);
            var quota = QuotaFor(quotas, b.BuildingType, prefecture);
            var values = standards.NonHeating(b.BuildingType, b.OperationClass, b.ClimateZone) is { } v ? (v.Constraint, v.Guide)
                : quota is { Constraint: { } c, Guide: { } g } ? (c, g) : ((decimal, decimal)?)null;
            rows.Add(new BuildingEui(0, 0, b.Code, b.Name, b.CityCode, prefecture, b.BuildingType, b.FloorArea, kwh, gj, gas, eui, kgce,
                values?.Item1, values?.Item2, values is { } x ? StandardValues.Band(eui, x.Item1, x.Item2) : null,
                quota?.QuotaKwhPerM2, quota is null ? null : Math.Round(eui / quota.QuotaKwhPerM2 * 100, 1, MidpointRounding.AwayFromZero)));
        }

        rows.Sort((a, b) => a.EuiKwh != b.EuiKwh ? b.EuiKwh.CompareTo(a.EuiKwh) : string.CompareOrdinal(a.Code, b.Code));
        var cityRanks = new Dictionary<string, int>();
        return [.. rows.Select((r, i) => r with
        {
            Rank = i + 1,
            CityRank = cityRanks[r.PrefectureCode] = cityRanks.GetValueOrDefault(r.PrefectureCode) + 1,
        })];
    }

    /// <summary>The city and type roll-ups of a year (energy from energy_area_years, area from the buildings).</summary>
    public async Task<IReadOnlyList<AreaEui>> AreasAsync(DataScope scope, int year, CancellationToken cancellationToken = default)
    {
        var energy = await db.Set<AreaYear>().AsNoTracking().Where(a => a.Year == year && a.ItemCode == Electricity).ToListAsync(cancellationToken);
        var buildings = await scope.WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode)
            .Where(b => db.Set<BuildingPeriod>().Any(p => p.BuildingId == b.Id && p.Year == year && p.Month == 0 && p.ItemCode == Electricity))
            .Select(b => new { b.CityCode, b.BuildingType, b.FloorArea }).ToListAsync(cancellationToken);
        return [.. buildings.GroupBy(b => (City: Place.PrefectureOf(b.CityCode), b.BuildingType)).Select(g =>
            {
                var kwh = energy.Where(a => a.CityCode == g.Key.City && a.BuildingType == g.Key.BuildingType.ToString()).Sum(a => a.EnergyMilli) / 1000m;
                var area = g.Sum(b => b.FloorArea);
                return new AreaEui(g.Key.City, g.Key.BuildingType, g.Count(), area, kwh, Math.Round(kwh / area, 2, MidpointRounding.AwayFromZero));
            }).OrderBy(a => a.CityCode).ThenBy(a => a.BuildingType)];
    }

    internal async Task<List<EnergyQuotaRecord>> Quotas(int year, CancellationToken cancellationToken) =>
        await db.Set<EnergyQuotaRecord>().AsNoTracking().Where(q => q.Year == year).ToListAsync(cancellationToken);

    /// <summary>The city's own quota for the type, else the province-wide one.</summary>
    internal static EnergyQuotaRecord? QuotaFor(List<EnergyQuotaRecord> quotas, MonitoredBuilding building) =>
        QuotaFor(quotas, building.BuildingType, Place.PrefectureOf(building.CityCode));

    private static EnergyQuotaRecord? QuotaFor(List<EnergyQuotaRecord> quotas, PublicBuildingType type, string prefecture) =>
        quotas.FirstOrDefault(q => q.BuildingType == type && q.CityCode == prefecture) ?? quotas.FirstOrDefault(q => q.BuildingType == type && q.CityCode == "");

    /// <summary>A building's columns and its year's energy by carrier (thousandths), as the ranking's one query returns them.</summary>
    private sealed record YearRow(string Code, string Name, string CityCode, PublicBuildingType BuildingType, OperationClass OperationClass, ClimateZone ClimateZone,
        decimal FloorArea, long KwhMilli, long GjMilli, long GasMilli);
}
