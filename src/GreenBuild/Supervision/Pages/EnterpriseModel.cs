using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Credit;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Pages;

/// <summary>企业信用记录 — an enterprise's good and bad entries with their validity and source, its inspections, and the form for sanctions and commendations.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class EnterpriseModel(GreenBuildDb db, ReadCreditRecord read, RecordCreditEntry record, IStringLocalizer<UiText> text) : PageModel
{
    public Organization? Enterprise { get; private set; }

    public IReadOnlyList<ReadCreditRecord.Entry> Entries { get; private set; } = [];

    public IReadOnlyList<Inspection> Inspections { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Enterprise = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        var scope = DataScope.Of(User);
        if (Enterprise is null || !(scope.IsProvince || (Enterprise.CityCode is { } city && scope.CanSeeCity(city))))
        {
            return NotFound();
        }

        Entries = await read.RunAsync(id, false, ct);
        Inspections = await db.Set<Inspection>().AsNoTracking().Where(i => i.OrganizationId == id).OrderByDescending(i => i.Id).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CreditKind kind, string? description, string? source, DateTime validFrom, DateTime validUntil, CancellationToken ct)
    {
        var outcome = await record.RunAsync(DataScope.Of(User), new CreditEntryInput(id, kind, description, source, Formats.ToUtc(validFrom), Formats.ToUtc(validUntil)), ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/supervision/enterprises/{id}");
        }

        var page = await OnGetAsync(id, ct);
        Errors = [.. outcome.Errors.Select(e => SupervisionProblems.Message(text, e))];
        Response.StatusCode = page is NotFoundResult ? 404 : 400;
        return page;
    }
}
