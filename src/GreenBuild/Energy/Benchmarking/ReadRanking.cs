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
/// readings; the building's <see cref="BuildingYear"/> row, which equals its yearly <see cref="BuildingPeriod"/> rows
/// and is checked against them by VerifyRollups): kWh/(m²·a) of electricity (the GB/T 51161 non-heating intensity)
/// and kgce/(m²·a) of electricity, district heat and gas by GB/T 2589, ranked from the highest, in the province and in each city, with the
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

        // One row per building and year with its three carriers (energy_building_years, maintained at ingest beside the
        // yearly roll-ups it equals), joined to the building's own columns: no GROUP BY, no raw readings.
        var sums = await (from y in db.Set<BuildingYear>().AsNoTracking().Where(y => y.Year == year)
                          join b in buildings on y.BuildingId equals b.Id
                          select new YearRow(b.Code, b.Name, b.CityCode, b.BuildingType, b.OperationClass, b.ClimateZone, b.FloorArea, y.ElectricityMilli, y.HeatMilli, y.GasMilli))
            .ToListAsync(cancellationToken);
        var quotas = await Quotas(year, cancellationToken);
        var figures = new Figures[sums.Count];
        for (var i = 0; i < figures.Length; i++)
        {
            var b = sums[i];
            var kwh = b.KwhMilli / 1000m;
            var eui = Math.Round(kwh / b.FloorArea, 2, MidpointRounding.AwayFromZero);
            // EUI has two decimals: in hundredths it orders exactly as the decimal does.
            figures[i] = new Figures(i, (long)(eui * 100), eui);
        }

        // Highest EUI first, ties by code; then the ranks in the province and in the building's prefecture.
        Array.Sort(figures, (x, y) => x.Order != y.Order ? y.Order.CompareTo(x.Order) : string.CompareOrdinal(sums[x.Row].Code, sums[y.Row].Code));
        var cityRanks = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefectures = new Dictionary<string, string>(StringComparer.Ordinal);
        var references = new Dictionary<(PublicBuildingType, OperationClass, ClimateZone, string), (EnergyQuotaRecord? Quota, (decimal, decimal)? Values)>();
        var rows = new BuildingEui[figures.Length];
        for (var rank = 0; rank < figures.Length; rank++)
        {
            var (row, _, eui) = figures[rank];
            var b = sums[row];
            var kwh = b.KwhMilli / 1000m;
            var gj = b.GjMilli / 1000m;
            var gas = b.GasMilli / 1000m;
            var kgce = Math.Round(((kwh * standards.KgcePerKwh) + (gj * standards.KgcePerGj) + (gas * standards.KgcePerM3Gas)) / b.FloorArea, 2, MidpointRounding.AwayFromZero);
            // A building's prefecture, quota and 约束值/引导值 depend only on its city, type, class and zone: found once each.
            if (!prefectures.TryGetValue(b.CityCode, out var prefecture))
            {
                prefectures[b.CityCode] = prefecture = Place.PrefectureOf(b.CityCode);
            }

            if (!references.TryGetValue((b.BuildingType, b.OperationClass, b.ClimateZone, prefecture), out var reference))
            {
                var found = QuotaFor(quotas, b.BuildingType, prefecture);
                reference = (found, standards.NonHeating(b.BuildingType, b.OperationClass, b.ClimateZone) is { } v ? (v.Constraint, v.Guide)
                    : found is { Constraint: { } c, Guide: { } g } ? (c, g) : ((decimal, decimal)?)null);
                references[(b.BuildingType, b.OperationClass, b.ClimateZone, prefecture)] = reference;
            }

            var (quota, values) = reference;
            var cityRank = cityRanks[prefecture] = cityRanks.GetValueOrDefault(prefecture) + 1;
            rows[rank] = new BuildingEui(rank + 1, cityRank, b.Code, b.Name, b.CityCode, prefecture, b.BuildingType, b.FloorArea, kwh, gj, gas, eui, kgce,
                values?.Item1, values?.Item2, values is { } x ? StandardValues.Band(eui, x.Item1, x.Item2) : null,
                quota?.QuotaKwhPerM2, quota is null ? null : Math.Round(eui / quota.QuotaKwhPerM2 * 100, 1, MidpointRounding.AwayFromZero));
        }

        return rows;
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

    /// <summary>A row of the query with its EUI, and the EUI in hundredths to sort by.</summary>
    private readonly record struct Figures(int Row, long Order, decimal Eui);

    /// <summary>A building's columns and its year's energy by carrier (thousandths), as the ranking's one query returns them.</summary>
    private sealed record YearRow(string Code, string Name, string CityCode, PublicBuildingType BuildingType, OperationClass OperationClass, ClimateZone ClimateZone,
        decimal FloorArea, long KwhMilli, long GjMilli, long GasMilli);
}
