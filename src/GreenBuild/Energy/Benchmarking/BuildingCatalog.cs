using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Benchmarking;

/// <summary>A monitored building's descriptive columns and area as of one revision of its row.</summary>
internal sealed class BuildingCard(long revision, string code, string name, string cityCode, PublicBuildingType buildingType, OperationClass operationClass,
    ClimateZone climateZone, decimal floorArea)
{
    public long Revision { get; } = revision;
    public string Code { get; } = code;
    public string Name { get; } = name;
    public string CityCode { get; } = cityCode;
    public PublicBuildingType BuildingType { get; } = buildingType;
    public OperationClass OperationClass { get; } = operationClass;
    public ClimateZone ClimateZone { get; } = climateZone;
    public decimal FloorArea { get; } = floorArea;

    /// <summary>The prefecture (地级市) of its city code, worked out once per revision instead of once a ranking.</summary>
    public string PrefectureCode { get; } = Place.PrefectureOf(cityCode);

    /// <summary>What its quota and 约束值/引导值 depend on — type, class, zone and prefecture — as one key.</summary>
    public string ReferenceKey { get; } = $"{buildingType}/{operationClass}/{climateZone}/{Place.PrefectureOf(cityCode)}";

    /// <summary>
    /// The figures of the year last ranked, with the energy they were worked out from: a ranking whose row has the same
    /// year and energy (and this revision's area, by being this card) takes them instead of dividing and rounding again.
    /// Rankings running at once may each replace it; each writes a whole immutable object, so any of them is a right one.
    /// </summary>
    public YearFigures? Figures { get; set; }
}

/// <summary>A building's year as the ranking shows it, and the roll-up values (thousandths) and constants it came from.</summary>
internal sealed record YearFigures(int Year, long KwhMilli, long GjMilli, long GasMilli, StandardValues Standards, decimal Kwh, decimal Gj, decimal Gas,
    decimal Eui, decimal Kgce)
{
    /// <summary>The EUI in hundredths (it has two decimals: this orders exactly as the decimal does).</summary>
    public long Order { get; } = (long)(Eui * 100);

    public bool IsOf(int year, long kwhMilli, long gjMilli, long gasMilli, StandardValues standards) =>
        Year == year && KwhMilli == kwhMilli && GjMilli == gjMilli && GasMilli == gasMilli && ReferenceEquals(Standards, standards);
}

/// <summary>
/// 监测建筑目录 — the buildings' code, name, city, type, class, zone and area kept in memory, one set per database, each with
/// the <see cref="MonitoredBuilding.Revision"/> it was read at. The ranking reads only ids, revisions and figures from
/// the database and takes these columns from here; a building whose row has another revision (any UPDATE raises it, by
/// trigger) or that is new is read again. Reading the six text columns of every building was most of a ranking's cost
/// (their strings and the enum parsing), while they change only when an official edits a building.
/// </summary>
public sealed class BuildingCatalog
{
    // One catalog per database: a process may serve several (the tests do), and a copied database has the same ids.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, BuildingCard>> byDatabase = new(StringComparer.Ordinal);

    /// <summary>
    /// The cards of these rows (in their order), reading from the database the buildings missing or at another revision.
    /// </summary>
    internal async Task<BuildingCard?[]> CardsAsync(GreenBuildDb db, List<(Guid Id, long Revision)> rows, CancellationToken cancellationToken)
    {
        var cards = byDatabase.GetOrAdd(db.Database.GetConnectionString() ?? "", static _ => new());
        var result = new BuildingCard?[rows.Count];
        if (Known(cards, rows, result) is not { } stale)
        {
            return result;
        }

        // Read now, so possibly at a later revision than the caller's row: still the newest, and kept with its own revision.
        var read = await db.Set<MonitoredBuilding>().AsNoTracking().Where(b => stale.Contains(b.Id))
            .Select(b => new { b.Id, Card = new BuildingCard(b.Revision, b.Code, b.Name, b.CityCode, b.BuildingType, b.OperationClass, b.ClimateZone, b.FloorArea) })
            .ToDictionaryAsync(b => b.Id, b => b.Card, cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            if (result[i] is null)
            {
                // A building deleted between the two reads has no card: the caller leaves its row out.
                if (read.TryGetValue(rows[i].Id, out var card))
                {
                    result[i] = cards[rows[i].Id] = card;
                }
            }
        }

        return result;
    }

    /// <summary>Fills in the cards at the rows' revisions; returns the ids of the others (null when there are none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one call a request, one iteration a building: see ReadRanking.Rank
    private static List<Guid>? Known(ConcurrentDictionary<Guid, BuildingCard> cards, List<(Guid Id, long Revision)> rows, BuildingCard?[] result)
    {
        List<Guid>? stale = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (cards.TryGetValue(rows[i].Id, out var card) && card.Revision == rows[i].Revision)
            {
                result[i] = card;
            }
            else
            {
                (stale ??= []).Add(rows[i].Id);
            }
        }

        return stale;
    }
}
