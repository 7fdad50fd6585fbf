using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GreenBuild.Indicators.Pages;

/// <summary>信息公开 — the indicators marked public, for anyone, with the same charts and map.</summary>
[AllowAnonymous]
public sealed class PublicIndicatorsModel(ReadIndicators read) : PageModel
{
    public IndicatorSnapshot? Snapshot { get; private set; }

    public IReadOnlyList<IndicatorFigure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Snapshot = await read.RunAsync(publicOnly: true, cancellationToken);
        Figures = Snapshot is null ? [] : [.. Snapshot.Indicators.Select(i => Snapshot.Figure(i, null))];
    }
}
