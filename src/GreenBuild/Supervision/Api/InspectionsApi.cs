using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Inspections;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Api;

/// <summary>
/// Inspections: the inspector records items and findings (files as base64 in JSON, so no form can be forged across
/// sites), officials approve with a rectification order and publish; the enterprise reports its rectification; the
/// inspector re-inspects. Attachments are served as downloads only.
/// </summary>
internal static class InspectionsApi
{
    /// <summary>Five files of 5 MB in base64 with room for the rest of the body.</summary>
    private const long MaxUploadBody = 40 * 1024 * 1024;

    public sealed record FindingBody(string? ItemCode, FindingSeverity Severity, string? Description, IReadOnlyList<FileBody>? Files);

    public sealed record ReportBody(string? Report, IReadOnlyList<FileBody>? Files);

    public static RouteGroupBuilder MapInspectionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/supervision").WithTags("Supervision inspections");
        group.MapGet("/inspections", async (Guid? task, ClaimsPrincipal user, ReadInspections read, GreenBuildDb db, CancellationToken ct) =>
            {
                var inspections = await read.ListAsync(new InspectionAccess(user), task, ct);
                var owners = inspections.SelectMany(i => i.Findings.Select(f => f.Id).Concat(i.Rectifications.Select(r => r.Id))).ToList();
                var files = await db.Set<Attachment>().AsNoTracking().Where(a => owners.Contains(a.OwnerId)).ToListAsync(ct);
                return TypedResults.Ok(inspections.Select(i => InspectionDto.From(i, files)).ToList());
            })
            .RequireAuthorization(Policies.SignedIn).WithName("ListInspections")
            .WithSummary("Inspections the caller may see: an inspector's own assignments, officials' city, an enterprise's own");
        group.MapGet("/inspections/{id:guid}", async Task<IResult> (Guid id, ClaimsPrincipal user, ReadInspections read, GreenBuildDb db, CancellationToken ct) =>
                await LoadInspection.ByIdAsync(db, id, ct, tracked: false) is { } inspection && new InspectionAccess(user).CanRead(inspection)
                    ? TypedResults.Ok(InspectionDto.From(inspection, await read.AttachmentsAsync(inspection, ct)))
                    : TypedResults.NotFound())
            .RequireAuthorization(Policies.SignedIn).WithName("GetInspection").WithSummary("One inspection with checklist, findings and rectification");
        group.MapPost("/inspections/{id:guid}/record", async (Guid id, InspectionRecordInput body, ClaimsPrincipal user, RecordInspection record, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await record.RunAsync(new InspectionAccess(user), id, body, ct), text))
            .RequireAuthorization(SupervisionPolicies.Field).WithName("RecordInspection").WithSummary("Records checklist results, summary and date; submit = true sends it for approval");
        group.MapPost("/inspections/{id:guid}/findings", async (Guid id, FindingBody body, ClaimsPrincipal user, RecordInspection record, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                if (FileBody.Decode(body.Files) is not { } files)
                {
                    return SupervisionProblems.Validation(text, [Tasks.TaskErrors.Error("attachment.base64", "files")]);
                }

                var outcome = await record.AddFindingAsync(new InspectionAccess(user), id, new FindingInput(body.ItemCode, body.Severity, body.Description), files, ct);
                return outcome.Succeeded ? TypedResults.Ok(new { id = outcome.Value!.Id }) : (IResult)SupervisionProblems.Validation(text, outcome.Errors);
            })
            .RequireAuthorization(SupervisionPolicies.Field).WithMetadata(new RequestSizeLimitAttribute(MaxUploadBody)).WithName("AddFinding")
            .WithSummary("Adds a finding against a checklist item with photos/documents (JPEG, PNG, PDF; base64)");
        group.MapPost("/inspections/{id:guid}/approve", async (Guid id, ApprovalInput body, ClaimsPrincipal user, ReviewInspection review, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await review.ApproveAsync(new InspectionAccess(user), id, body, ct), text))
            .RequireAuthorization(Policies.Officials).WithName("ApproveInspection").WithSummary("审核: approves; a major or serious finding needs a rectification order with a deadline");
        group.MapPost("/inspections/{id:guid}/publish", async (Guid id, ClaimsPrincipal user, ReviewInspection review, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await review.PublishAsync(new InspectionAccess(user), id, ct), text))
            .RequireAuthorization(Policies.Officials).WithName("PublishInspection").WithSummary("一公开: publishes a closed inspection on the public portal");
        group.MapPost("/rectifications/{id:guid}/report", async (Guid id, ReportBody body, ClaimsPrincipal user, ReviewInspection review, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                if (FileBody.Decode(body.Files) is not { } files)
                {
                    return SupervisionProblems.Validation(text, [Tasks.TaskErrors.Error("attachment.base64", "files")]);
                }

                var outcome = await review.ReportAsync(new InspectionAccess(user), id, body.Report, files, ct);
                return outcome.Succeeded ? TypedResults.Ok(new { id, status = outcome.Value!.Status }) : (IResult)SupervisionProblems.Validation(text, outcome.Errors);
            })
            .RequireAuthorization(SupervisionPolicies.Inspected).WithMetadata(new RequestSizeLimitAttribute(MaxUploadBody)).WithName("ReportRectification")
            .WithSummary("The inspected enterprise reports its rectification done (with evidence)");
        group.MapPost("/rectifications/{id:guid}/reinspect", async (Guid id, ReinspectionInput body, ClaimsPrincipal user, ReviewInspection review, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await review.ReinspectAsync(new InspectionAccess(user), id, body, ct), text))
            .RequireAuthorization(SupervisionPolicies.Field).WithName("Reinspect").WithSummary("复查: passed closes the inspection; failed records a bad credit entry and the next order");
        group.MapGet("/attachments/{id:guid}", async Task<IResult> (Guid id, ClaimsPrincipal user, DownloadAttachment download, CancellationToken ct) =>
            {
                var found = await download.RunAsync(new InspectionAccess(user), id, ct);
                if (found is not { } file)
                {
                    return TypedResults.NotFound();
                }

                return TypedResults.File(file.Content, file.Attachment.ContentType, file.Attachment.FileName);
            })
            .RequireAuthorization(Policies.SignedIn).WithName("DownloadAttachment").WithSummary("An attachment, as a download, to those who may see what it belongs to");
        return api;
    }

    private static IResult Result(Outcome<Inspection> outcome, IStringLocalizer text) =>
        outcome.Succeeded ? TypedResults.Ok(InspectionDto.From(outcome.Value!, [])) : SupervisionProblems.Validation(text, outcome.Errors);
}
