using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Places.Api;

/// <summary>Places are public reference data: anyone may read them.</summary>
internal static class PlacesApi
{
    public sealed record PlaceDto(string Code, string Name, PlaceLevel Level, CountyKind? Kind, string? ParentCode, bool IsPlanCity, string? ClimateZone);

    public static RouteGroupBuilder MapPlacesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/places").WithTags("Places").AllowAnonymous();
        group.MapGet("/", async (GreenBuildDb db, PlaceLevel? level, string? parent, bool? planCity, CancellationToken ct) =>
            {
                var query = db.Places.AsNoTracking();
                if (level is { } l)
                {
                    query = query.Where(p => p.Level == l);
                }

                if (!string.IsNullOrEmpty(parent))
                {
                    query = query.Where(p => p.ParentCode == parent);
                }

                if (planCity is { } pc)
                {
                    query = query.Where(p => p.IsPlanCity == pc);
                }

                return TypedResults.Ok(await query.OrderBy(p => p.Code)
                    .Select(p => new PlaceDto(p.Code, p.Name, p.Level, p.Kind, p.ParentCode, p.IsPlanCity, p.ClimateZone)).ToListAsync(ct));
            })
            .WithName("ListPlaces").WithSummary("GB/T 2260 places of Shanxi (filter by level, parent, plan city)");
        group.MapGet("/source", async (GreenBuildDb db, CancellationToken ct) =>
                await db.PlaceSources.AsNoTracking().FirstOrDefaultAsync(ct) is { } s ? Results.Ok(s) : Results.NotFound())
            .WithName("PlaceSource").WithSummary("The data package and version the places were loaded from");
        return api;
    }
}
