using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Inspections;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Pages;

/// <summary>One inspection: the checklist and findings (the inspector), approval and publication (officials), rectification (the enterprise), re-inspection.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class InspectionDetailModel(GreenBuildDb db, ReadInspections read, RecordInspection record, ReviewInspection review, IStringLocalizer<UiText> text) : PageModel
{
    public Inspection? Inspection { get; private set; }

    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public InspectionAccess Access => new(User);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Inspection = await LoadInspection.ByIdAsync(db, id, ct, tracked: false);
        if (Inspection is null || !Access.CanRead(Inspection))
        {
            return NotFound();
        }

        Attachments = await read.AttachmentsAsync(Inspection, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, List<ItemInput> items, string? summary, DateTime? inspectedOn, bool submit, CancellationToken ct) =>
        await After(id, await record.RunAsync(Access, id, new InspectionRecordInput(items, summary, inspectedOn, submit), ct), ct);

    public async Task<IActionResult> OnPostFindingAsync(Guid id, string? itemCode, FindingSeverity severity, string? description, List<IFormFile>? files, CancellationToken ct) =>
        await After(id, await record.AddFindingAsync(Access, id, new FindingInput(itemCode, severity, description), await Upload.FromFormAsync(files, 20, ct), ct), ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, string? requirement, DateTime? deadline, CancellationToken ct) =>
        await After(id, await review.ApproveAsync(Access, id, new ApprovalInput(requirement, deadline is { } d ? Formats.ToUtc(d) : null), ct), ct);

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => await After(id, await review.PublishAsync(Access, id, ct), ct);

    public async Task<IActionResult> OnPostReportAsync(Guid id, Guid order, string? report, List<IFormFile>? files, CancellationToken ct) =>
        await After(id, await review.ReportAsync(Access, order, report, await Upload.FromFormAsync(files, 20, ct), ct), ct);

    public async Task<IActionResult> OnPostReinspectAsync(Guid id, Guid order, bool passed, string? note, string? nextRequirement, DateTime? nextDeadline, CancellationToken ct) =>
        await After(id, await review.ReinspectAsync(Access, order, new ReinspectionInput(passed, note, nextRequirement, nextDeadline is { } d ? Formats.ToUtc(d) : null), ct), ct);

    private async Task<IActionResult> After<T>(Guid id, Outcome<T> outcome, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"/supervision/inspections/{id}");
        }

        var page = await OnGetAsync(id, ct);
        Errors = [.. outcome.Errors.Select(e => SupervisionProblems.Message(text, e))];
        Response.StatusCode = page is NotFoundResult ? 404 : 400;
        return page;
    }
}
