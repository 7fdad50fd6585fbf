using System.Runtime.CompilerServices;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

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
public sealed class ReadRanking(GreenBuildDb db, StandardValues standards, BuildingCatalog catalog)
{
    public const string Electricity = "01000";
    public const string Heat = "04000";
    public const string Gas = "03000";

    // The ranking's one query, compiled once per model (EF refuses a compiled query on another model than its first:
    // a process with both stores, as the tests are, has two): a call binds its parameters and runs it, without
    // translating or looking up the expression tree again (a prefecture's prefix and a type are optional parameters).
    private static readonly ConditionalWeakTable<IModel, Compiled> ByModel = [];

    private sealed class Compiled
    {
        public readonly Func<GreenBuildDb, int, string?, PublicBuildingType?, IAsyncEnumerable<YearRow>> YearRows = EF.CompileAsyncQuery(
            (GreenBuildDb db, int year, string? prefix, PublicBuildingType? type) =>
                from y in db.Set<BuildingYear>().AsNoTracking()
                where y.Year == year
                join b in db.Set<MonitoredBuilding>().AsNoTracking() on y.BuildingId equals b.Id
                where (prefix == null || b.CityCode.StartsWith(prefix)) && (type == null || b.BuildingType == type)
                select new YearRow(b.Id, b.Revision, b.FloorArea, y.ElectricityMilli, y.HeatMilli, y.GasMilli));

        public readonly Func<GreenBuildDb, int, IAsyncEnumerable<EnergyQuotaRecord>> YearQuotas = EF.CompileAsyncQuery(
            (GreenBuildDb db, int year) => db.Set<EnergyQuotaRecord>().AsNoTracking().Where(q => q.Year == year));
    }

    private Compiled Queries => ByModel.GetValue(db.Model, static _ => new Compiled());

    public async Task<IReadOnlyList<BuildingEui>> RunAsync(DataScope scope, int year, string? cityCode, PublicBuildingType? type, CancellationToken cancellationToken = default)
    {
        // The scope (a city officer sees its prefecture: DataScope.WithinCity) and the city asked for are both a
        // prefecture's four-digit prefix of the building's city code; both at once leave the buildings of one prefix.
        var scopePrefix = scope.IsProvince ? null : scope.CityCode?[..4];
        var cityPrefix = string.IsNullOrEmpty(cityCode) ? null : Place.PrefectureOf(cityCode)[..4];
        if ((!scope.IsProvince && scope.CityCode is null) || (scopePrefix is not null && cityPrefix is not null && scopePrefix != cityPrefix))
        {
            return [];
        }

        // One row per building and year with its three carriers (energy_building_years, maintained at ingest beside the
        // yearly roll-ups it equals), joined to the building's area and revision: no GROUP BY, no raw readings. Its code,
        // name, city, type, class and zone come from the catalog, read again only when the building's row has changed.
        var read = new List<YearRow>(64);
        await foreach (var row in Queries.YearRows(db, year, scopePrefix ?? cityPrefix, type).WithCancellation(cancellationToken))
        {
            read.Add(row);
        }

        var cards = await catalog.CardsAsync(db, read.ConvertAll(static r => (r.Id, r.Revision)), cancellationToken);
        return Rank(read, cards, await Quotas(year, cancellationToken));
    }

    /// <summary>
    /// The figures, order and ranks of the rows read. Jitted fully optimized at once: it runs once a request over every
    /// building, so the runtime's tiering (which counts calls, not iterations) would run its first requests unoptimized
    /// and instrumented; outside the async method its locals stay in registers instead of the state machine's fields.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BuildingEui[] Rank(List<YearRow> read, BuildingCard?[] cards, List<EnergyQuotaRecord> quotas)
    {
        var sums = new List<YearRow>(read.Count);
        var buildings = new List<BuildingCard>(read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            if (cards[i] is { } card)
            {
                sums.Add(read[i]);
                buildings.Add(card);
            }
        }

        // Each row's kWh and EUI, by row; the sort moves only a row's small sort key.
        var figures = new Figures[sums.Count];
        var kwhs = new decimal[sums.Count];
        var euis = new decimal[sums.Count];
        for (var i = 0; i < figures.Length; i++)
        {
            var kwh = kwhs[i] = Thousandths(sums[i].KwhMilli);
            var eui = euis[i] = Math.Round(kwh / sums[i].FloorArea, 2, MidpointRounding.AwayFromZero);
            // EUI has two decimals: in hundredths it orders exactly as the decimal does.
            figures[i] = new Figures(i, (long)(eui * 100), buildings[i].Code);
        }

        // Highest EUI first, ties by code; then the ranks in the province and in the building's prefecture.
        Array.Sort(figures, static (x, y) => x.Order != y.Order ? y.Order.CompareTo(x.Order) : string.CompareOrdinal(x.Code, y.Code));
        // A building's prefecture, quota and 约束值/引导值 depend only on its city, type, class and zone: found once each.
        var cities = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefectures = new List<(string Code, int Ranked)>();
        var references = new Dictionary<(PublicBuildingType, OperationClass, ClimateZone, int), Reference>();
        var rows = new BuildingEui[figures.Length];
        for (var rank = 0; rank < figures.Length; rank++)
        {
            var row = figures[rank].Row;
            var (s, b, eui, kwh) = (sums[row], buildings[row], euis[row], kwhs[row]);
            var gj = Thousandths(s.GjMilli);
            var gas = Thousandths(s.GasMilli);
            var kgce = Math.Round(((kwh * standards.KgcePerKwh) + (gj * standards.KgcePerGj) + (gas * standards.KgcePerM3Gas)) / s.FloorArea, 2, MidpointRounding.AwayFromZero);
            if (!cities.TryGetValue(b.CityCode, out var p))
            {
                var code = Place.PrefectureOf(b.CityCode);
                p = prefectures.FindIndex(x => x.Code == code);
                if (p < 0)
                {
                    p = prefectures.Count;
                    prefectures.Add((code, 0));
                }

                cities[b.CityCode] = p;
            }

            var (prefecture, ranked) = prefectures[p];
            prefectures[p] = (prefecture, ranked + 1);
            if (!references.TryGetValue((b.BuildingType, b.OperationClass, b.ClimateZone, p), out var reference))
            {
                var found = QuotaFor(quotas, b.BuildingType, prefecture);
                reference = new Reference(found, standards.NonHeating(b.BuildingType, b.OperationClass, b.ClimateZone) is { } v ? (v.Constraint, v.Guide)
                    : found is { Constraint: { } c, Guide: { } g } ? (c, g) : null);
                references[(b.BuildingType, b.OperationClass, b.ClimateZone, p)] = reference;
            }

            var (quota, values) = reference;
            rows[rank] = new BuildingEui(rank + 1, ranked + 1, b.Code, b.Name, b.CityCode, prefecture, b.BuildingType, s.FloorArea, kwh, gj, gas, eui, kgce,
                values?.Constraint, values?.Guide, values is { } x ? StandardValues.Band(eui, x.Constraint, x.Guide) : null,
                quota?.QuotaKwhPerM2, quota is null ? null : Math.Round(eui / quota.QuotaKwhPerM2 * 100, 1, MidpointRounding.AwayFromZero));
        }

        return rows;
    }

    /// <summary>
    /// <c>milli / 1000m</c> without the division: the quotient is exact, and decimal division gives an exact quotient
    /// at the smallest scale that holds it (both operands have scale 0), so this is the thousandths with their trailing
    /// zeros dropped — the same value, scale and bits (a test compares them).
    /// </summary>
    internal static decimal Thousandths(long milli)
    {
        var negative = milli < 0;
        var magnitude = negative ? (ulong)-(milli + 1) + 1 : (ulong)milli;
        byte scale = 3;
        while (scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        return magnitude == 0 ? 0m : new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
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

    internal async Task<List<EnergyQuotaRecord>> Quotas(int year, CancellationToken cancellationToken)
    {
        var quotas = new List<EnergyQuotaRecord>();
        await foreach (var quota in Queries.YearQuotas(db, year).WithCancellation(cancellationToken))
        {
            quotas.Add(quota);
        }

        return quotas;
    }

    /// <summary>The city's own quota for the type, else the province-wide one.</summary>
    internal static EnergyQuotaRecord? QuotaFor(List<EnergyQuotaRecord> quotas, MonitoredBuilding building) =>
        QuotaFor(quotas, building.BuildingType, Place.PrefectureOf(building.CityCode));

    private static EnergyQuotaRecord? QuotaFor(List<EnergyQuotaRecord> quotas, PublicBuildingType type, string prefecture) =>
        quotas.FirstOrDefault(q => q.BuildingType == type && q.CityCode == prefecture) ?? quotas.FirstOrDefault(q => q.BuildingType == type && q.CityCode == "");

    /// <summary>A row of the query and what it sorts by: its EUI in hundredths and its code.</summary>
    private readonly record struct Figures(int Row, long Order, string Code);

    /// <summary>A type, class, zone and prefecture's quota and 约束值/引导值.</summary>
    private readonly record struct Reference(EnergyQuotaRecord? Quota, (decimal Constraint, decimal Guide)? Values);

    /// <summary>A building's id, revision and area and its year's energy by carrier (thousandths), as the ranking's one query returns them.</summary>
    private sealed record YearRow(Guid Id, long Revision, decimal FloorArea, long KwhMilli, long GjMilli, long GasMilli);
}
