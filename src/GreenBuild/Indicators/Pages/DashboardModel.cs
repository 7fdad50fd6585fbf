using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using GreenBuild.Platform.Accounts;

namespace GreenBuild.Indicators.Pages;

/// <summary>省级总览 — a card per indicator (value, target, status), the trend chart and the map of the cities.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DashboardModel(ReadIndicators read) : PageModel
{
    public IndicatorSnapshot? Snapshot { get; private set; }

    public IReadOnlyList<IndicatorFigure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Snapshot = await read.RunAsync(false, cancellationToken);
        Figures = Snapshot is null ? [] : [.. Snapshot.Indicators.Select(i => Snapshot.Figure(i, null))];
    }
}
