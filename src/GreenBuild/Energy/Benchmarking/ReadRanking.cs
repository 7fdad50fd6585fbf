using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
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

        string[] codes = [Electricity, Heat, Gas];
        var sums = await (from p in db.Set<BuildingPeriod>().AsNoTracking()
                          where p.Year == year && p.Month == 0 && codes.Contains(p.ItemCode)
                          join b in buildings on p.BuildingId equals b.Id
                          select new { b.Id, b.Code, b.Name, b.CityCode, b.BuildingType, b.OperationClass, b.ClimateZone, b.FloorArea, p.ItemCode, p.EnergyMilli })
            .ToListAsync(cancellationToken);
        var byBuilding = new Dictionary<Guid, Dictionary<string, decimal>>(sums.Count);
        var list = new List<MonitoredBuilding>();
        foreach (var s in sums)
        {
            if (!byBuilding.TryGetValue(s.Id, out var energy))
            {
                byBuilding[s.Id] = energy = new Dictionary<string, decimal>(3, StringComparer.Ordinal);
                list.Add(new MonitoredBuilding
                {
                    Id = s.Id, Code = s.Code, Name = s.Name, CityCode = s.CityCode, BuildingType = s.BuildingType, OperationClass = s.OperationClass,
                    ClimateZone = s.ClimateZone, FloorArea = s.FloorArea,
                });
            }

            energy[s.ItemCode] = s.EnergyMilli / 1000m;
        }
        var quotas = await Quotas(year, cancellationToken);
        var rows = list.Select(b =>
        {
            var energy = byBuilding[b.Id];
            var kwh = energy.GetValueOrDefault(Electricity);
            var gj = energy.GetValueOrDefault(Heat);
            var gas = energy.GetValueOrDefault(Gas);
            var eui = Math.Round(kwh / b.FloorArea, 2, MidpointRounding.AwayFromZero);
            var kgce = Math.Round(((kwh * standards.KgcePerKwh) + (gj * standards.KgcePerGj) + (gas * standards.KgcePerM3Gas)) / b.FloorArea, 2, MidpointRounding.AwayFromZero);
            var quota = QuotaFor(quotas, b);
            var values = standards.NonHeating(b.BuildingType, b.OperationClass, b.ClimateZone) is { } v ? (v.Constraint, v.Guide)
                : quota is { Constraint: { } c, Guide: { } g } ? (c, g) : ((decimal, decimal)?)null;
            return new BuildingEui(0, 0, b.Code, b.Name, b.CityCode, Place.PrefectureOf(b.CityCode), b.BuildingType, b.FloorArea, kwh, gj, gas, eui, kgce,
                values?.Item1, values?.Item2, values is { } x ? StandardValues.Band(eui, x.Item1, x.Item2) : null,
                quota?.QuotaKwhPerM2, quota is null ? null : Math.Round(eui / quota.QuotaKwhPerM2 * 100, 1, MidpointRounding.AwayFromZero));
        }).OrderByDescending(r => r.EuiKwh).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
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
        quotas.FirstOrDefault(q => q.BuildingType == building.BuildingType && q.CityCode == Place.PrefectureOf(building.CityCode))
        ?? quotas.FirstOrDefault(q => q.BuildingType == building.BuildingType && q.CityCode == "");
}
