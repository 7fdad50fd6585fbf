using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Api;

/// <summary>A project's attachments: upload (request body), list, download — all within the project's scope.</summary>
internal static class ProjectAttachmentsApi
{
    public static RouteGroupBuilder MapProjectAttachmentsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/attachments", async Task<Results<Ok<AttachmentDto>, NotFound, ValidationProblem>> (Guid id, AttachmentKind kind, string? fileName,
                HttpRequest request, ClaimsPrincipal user, AttachFile attach, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                var outcome = await attach.RunAsync(DataScope.Of(user), id, kind, fileName, buffer.ToArray(), ct);
                return outcome is null ? TypedResults.NotFound()
                    : outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : Problems.Validation(text, outcome.Errors);
            })
            .WithMetadata(new ApiScopeAttribute(ProjectsApi.WriteScope), new RequestSizeLimitAttribute(AttachFile.MaxBytes + 1024))
            .WithName("AttachProjectFile").WithSummary("Keeps a file (PDF, PNG, JPEG, DWG, Office/zip; ≤ 20 MB; request body) with the project at its current stage");
        group.MapGet("/{id:guid}/attachments", async Task<Results<Ok<List<AttachmentDto>>, NotFound>> (Guid id, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                if (!await ProjectQuery.Visible(db, DataScope.Of(user)).AnyAsync(p => p.Id == id, ct))
                {
                    return TypedResults.NotFound();
                }

                var list = await db.Set<ProjectAttachment>().AsNoTracking().Where(a => a.ProjectId == id).ToListAsync(ct);
                return TypedResults.Ok(list.OrderBy(a => a.UploadedAtUtc).Select(AttachFile.ToDto).ToList());
            })
            .WithName("ProjectAttachments").WithSummary("A project's attachments with their SHA-256");
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, Guid attachmentId, ClaimsPrincipal user,
                GreenBuildDb db, CancellationToken ct) =>
            {
                if (!await ProjectQuery.Visible(db, DataScope.Of(user)).AnyAsync(p => p.Id == id, ct)
                    || await db.Set<ProjectAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.ProjectId == id, ct) is not { } attachment)
                {
                    return TypedResults.NotFound();
                }

                var content = await db.Set<ProjectAttachmentContent>().AsNoTracking().FirstAsync(c => c.AttachmentId == attachmentId, ct);
                return TypedResults.File(content.Bytes, attachment.ContentType, attachment.FileName);
            })
            .WithName("DownloadProjectAttachment").WithSummary("Downloads an attachment (as a download, never rendered inline)");
        return group;
    }
}
