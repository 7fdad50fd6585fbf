using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Places.Pages;

public sealed class PlacesModel(GreenBuildDb db) : PageModel
{
    public IReadOnlyList<Place> Cities { get; private set; } = [];

    public IReadOnlyList<Place> Counties { get; private set; } = [];

    public PlaceSource? Source { get; private set; }

    public async Task OnGetAsync()
    {
        var places = await db.Places.AsNoTracking().OrderBy(p => p.Code).ToListAsync();
        Cities = [.. places.Where(p => p.Level == PlaceLevel.Prefecture)];
        Counties = [.. places.Where(p => p.Level == PlaceLevel.County)];
        Source = await db.PlaceSources.AsNoTracking().FirstOrDefaultAsync();
    }
}
