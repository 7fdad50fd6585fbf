using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Places;
using GreenBuild.Supervision.Complaints;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Pages;

/// <summary>One complaint: what was reported (encoded as text), the contact, attachments, history, and the next step.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class ComplaintDetailModel(GreenBuildDb db, HandleComplaint handle, IStringLocalizer<UiText> text) : PageModel
{
    public Complaint? Complaint { get; private set; }

    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public IReadOnlyList<Place> Cities { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool IsProvince => DataScope.Of(User).IsProvince;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Complaint = await db.Set<Complaint>().AsNoTracking().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (Complaint is null || !DataScope.Of(User).CanSeeCity(Complaint.CityCode))
        {
            return NotFound();
        }

        Attachments = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerId == id).ToListAsync(ct);
        Cities = await db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.Prefecture).OrderBy(p => p.Code).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, ComplaintAction action, string? note, string? cityCode, CancellationToken ct)
    {
        var outcome = await handle.RunAsync(DataScope.Of(User), id, action, note, cityCode, ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/supervision/complaints/{id}");
        }

        Errors = [.. outcome.Errors.Select(e => SupervisionProblems.Message(text, e))];
        var page = await OnGetAsync(id, ct);
        Response.StatusCode = page is NotFoundResult ? 404 : 400;
        return page;
    }
}
