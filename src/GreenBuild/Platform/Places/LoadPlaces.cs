using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Places;

/// <summary>
/// Loads (or refreshes) the places table from the shipped catalog. Idempotent: running it again changes
/// only what the catalog changed; a climate zone edited by the province is kept.
/// </summary>
public sealed class LoadPlaces(GreenBuildDb db, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var catalog = PlaceCatalog.LoadEmbedded();
        var existing = await db.Places.ToDictionaryAsync(p => p.Code, cancellationToken);
        var changed = 0;
        foreach (var entry in catalog.Places)
        {
            if (!existing.TryGetValue(entry.Code, out var place))
            {
                db.Places.Add(new Place
                {
                    Code = entry.Code, Name = entry.Name, Level = entry.Level, Kind = entry.Kind,
                    ParentCode = entry.ParentCode, IsPlanCity = entry.IsPlanCity, ClimateZone = entry.ClimateZone,
                });
                changed++;
            }
            else if (place.Name != entry.Name || place.Level != entry.Level || place.Kind != entry.Kind
                     || place.ParentCode != entry.ParentCode || place.IsPlanCity != entry.IsPlanCity)
            {
                (place.Name, place.Level, place.Kind, place.ParentCode, place.IsPlanCity) =
                    (entry.Name, entry.Level, entry.Kind, entry.ParentCode, entry.IsPlanCity);
                changed++;
            }
        }

        var source = await db.PlaceSources.FindAsync([1], cancellationToken);
        if (source is null || source.Version != catalog.Source.Version || source.PlaceCount != catalog.Places.Count)
        {
            source ??= db.PlaceSources.Add(new PlaceSource { Package = "", Version = "", GeneratedBy = "" }).Entity;
            source.Package = catalog.Source.Package;
            source.Version = catalog.Source.Version;
            source.GeneratedBy = catalog.Source.GeneratedBy;
            source.PlaceCount = catalog.Places.Count;
            source.LoadedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
