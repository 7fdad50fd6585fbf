using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Places;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GreenBuild.Indicators.Pages;

/// <summary>城市页 — every indicator for one city: its own target, latest value, status and projection (non-public indicators within scope).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CityModel(ReadIndicators read) : PageModel
{
    public string CityName { get; private set; } = "";

    public string CityCode { get; private set; } = "";

    public IReadOnlyList<IndicatorFigure> Figures { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Cities { get; private set; } = [];

    public int TargetYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(string city, CancellationToken cancellationToken)
    {
        var snapshot = await read.RunAsync(false, cancellationToken);
        var place = snapshot?.Cities.FirstOrDefault(c => c.Code == Place.PrefectureOf(city));
        if (snapshot is null || place is null)
        {
            return NotFound();
        }

        var scope = DataScope.Of(User);
        (CityCode, CityName, Cities, TargetYear) = (place.Value.Code, place.Value.Name, snapshot.Cities, snapshot.Plan.TargetYear);
        Figures = [.. snapshot.Indicators.Where(i => i.IsPublic || scope.CanSeeCity(CityCode)).Select(i => snapshot.Figure(i, CityCode))];
        return Page();
    }
}
