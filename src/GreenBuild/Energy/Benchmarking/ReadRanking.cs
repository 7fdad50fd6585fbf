using System.Runtime.CompilerServices;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
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
                select new YearRow(b.Id, b.Revision, y.ElectricityMilli, y.HeatMilli, y.GasMilli));

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
        return Rank(year, read, cards, await Quotas(year, cancellationToken));
    }

    /// <summary>
    /// The figures, order and ranks of the rows read. Jitted fully optimized at once: it runs once a request over every
    /// building, so the runtime's tiering (which counts calls, not iterations) would run its first requests unoptimized
    /// and instrumented; outside the async method its locals stay in registers instead of the state machine's fields.
    /// For the same reason the per-building work calls little that the JIT would first compile unoptimized: it sorts
    /// primitive keys, and looks up a building's prefecture and reference (the catalog worked both out once per
    /// revision) by string — code the runtime ships precompiled — rather than by a tuple of enums.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BuildingEui[] Rank(int year, List<YearRow> read, BuildingCard?[] cards, List<EnergyQuotaRecord> quotas)
    {
        // The rows with a card (a building deleted since the query has none), and each one's figures.
        var kept = new int[read.Count];
        var count = 0;
        for (var i = 0; i < read.Count; i++)
        {
            if (cards[i] is not null)
            {
                kept[count++] = i;
            }
        }

        var figures = new YearFigures[count];
        var keys = new long[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            var (s, card) = (read[kept[i]], cards[kept[i]]!);
            if (card.Figures is not { } f || !f.IsOf(year, s.KwhMilli, s.GjMilli, s.GasMilli, standards))
            {
                card.Figures = f = Work(year, s, card.FloorArea);
            }

            figures[i] = f;
            keys[i] = -f.Order; // highest first
            order[i] = i;
        }

        // Highest EUI first, ties by code (the sort of the keys leaves equal keys in any order: each run of them is
        // sorted again by code — runs are short, and rare with EUIs in hundredths).
        Array.Sort(keys, order);
        Comparer<int>? byCode = null;
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                byCode ??= Comparer<int>.Create((x, y) => string.CompareOrdinal(cards[kept[x]]!.Code, cards[kept[y]]!.Code));
                Array.Sort(order, start, end - start, byCode);
            }

            start = end;
        }

        // The ranks in the province and in the building's prefecture; a quota and 约束值/引导值 depend only on the
        // building's type, class, zone and prefecture (its card's ReferenceKey): found once each.
        var ranked = new Dictionary<string, int>(StringComparer.Ordinal);
        var references = new Dictionary<string, Reference>(StringComparer.Ordinal);
        var rows = new BuildingEui[count];
        for (var rank = 0; rank < count; rank++)
        {
            var i = order[rank];
            var (f, b) = (figures[i], cards[kept[i]]!);
            var eui = f.Eui;
            ranked.TryGetValue(b.PrefectureCode, out var cityRank);
            ranked[b.PrefectureCode] = ++cityRank;
            if (!references.TryGetValue(b.ReferenceKey, out var reference))
            {
                var found = QuotaFor(quotas, b.BuildingType, b.PrefectureCode);
                // The province's own 约束值/引导值 (entered with the quota) before the shipped GB/T 51161 table: for the
                // types the table lacks, and to correct its values, which are recalled and marked unverified.
                reference = new Reference(found, found is { Constraint: { } c, Guide: { } g } ? (c, g)
                    : standards.NonHeating(b.BuildingType, b.OperationClass, b.ClimateZone) is { } v ? (v.Constraint, v.Guide) : null);
                references[b.ReferenceKey] = reference;
            }

            var (quota, values) = reference;
            rows[rank] = new BuildingEui(rank + 1, cityRank, b.Code, b.Name, b.CityCode, b.PrefectureCode, b.BuildingType, b.FloorArea, f.Kwh, f.Gj, f.Gas, eui, f.Kgce,
                values?.Constraint, values?.Guide, values is { } x ? StandardValues.Band(eui, x.Constraint, x.Guide) : null,
                quota?.QuotaKwhPerM2, quota is null ? null : Math.Round(eui / quota.QuotaKwhPerM2 * 100, 1, MidpointRounding.AwayFromZero));
        }

        return rows;
    }

    /// <summary>
    /// A building's kWh, GJ and m³ of the year, its EUI in kWh/(m²·a) (GB/T 51161: electricity over the floor area) and
    /// in kgce/(m²·a) (each carrier at its GB/T 2589 coefficient), both to two decimals, half away from zero.
    /// </summary>
    private YearFigures Work(int year, YearRow s, decimal floorArea)
    {
        var (kwh, gj, gas) = (Thousandths(s.KwhMilli), Thousandths(s.GjMilli), Thousandths(s.GasMilli));
        var eui = Math.Round(kwh / floorArea, 2, MidpointRounding.AwayFromZero);
        var kgce = Math.Round(((kwh * standards.KgcePerKwh) + (gj * standards.KgcePerGj) + (gas * standards.KgcePerM3Gas)) / floorArea, 2, MidpointRounding.AwayFromZero);
        return new YearFigures(year, s.KwhMilli, s.GjMilli, s.GasMilli, standards, kwh, gj, gas, eui, kgce);
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

    /// <summary>A type, class, zone and prefecture's quota and 约束值/引导值.</summary>
    private readonly record struct Reference(EnergyQuotaRecord? Quota, (decimal Constraint, decimal Guide)? Values);

    /// <summary>A building's id and revision and its year's energy by carrier (thousandths), as the ranking's one query returns them.</summary>
    private sealed record YearRow(Guid Id, long Revision, long KwhMilli, long GjMilli, long GasMilli);
}
