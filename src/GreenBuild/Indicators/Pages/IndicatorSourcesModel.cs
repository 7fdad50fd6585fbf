using GreenBuild.Indicators.Sources;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators.Pages;

/// <summary>指标来源 — a computed value traced to the projects it was computed from.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class IndicatorSourcesModel(ReadIndicatorSources read, GreenBuildDb db) : PageModel
{
    public IndicatorSources Sources { get; private set; } = null!;

    public string IndicatorName { get; private set; } = "";

    public string Unit { get; private set; } = "";

    public IReadOnlyDictionary<string, string> Places { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string code, string? city, int year, CancellationToken cancellationToken)
    {
        if (await read.RunAsync(DataScope.Of(User), code, city, year, cancellationToken) is not { } sources)
        {
            return NotFound();
        }

        Sources = sources;
        var indicator = await db.Set<Model.Indicator>().AsNoTracking().FirstAsync(i => i.Code == code, cancellationToken);
        (IndicatorName, Unit) = (indicator.NameZh, indicator.Unit);
        Places = await db.Places.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        return Page();
    }
}
