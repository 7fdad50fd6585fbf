using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Benchmarking;

/// <summary>A monitored building's descriptive columns as of one revision of its row.</summary>
internal sealed record BuildingCard(long Revision, string Code, string Name, string CityCode, PublicBuildingType BuildingType, OperationClass OperationClass,
    ClimateZone ClimateZone);

/// <summary>
/// 监测建筑目录 — the buildings' code, name, city, type, class and zone kept in memory, one set per database, each with
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
            .Select(b => new { b.Id, Card = new BuildingCard(b.Revision, b.Code, b.Name, b.CityCode, b.BuildingType, b.OperationClass, b.ClimateZone) })
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
