using GreenBuild.Platform.Accounts;
using GreenBuild.Supervision.Inspections;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GreenBuild.Supervision.Pages;

/// <summary>检查记录 — an inspector's own assignments, an official's city's inspections, an enterprise's own.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class InspectionsModel(ReadInspections read) : PageModel
{
    public IReadOnlyList<Inspection> Inspections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Inspections = await read.ListAsync(new InspectionAccess(User), null, ct);
}
