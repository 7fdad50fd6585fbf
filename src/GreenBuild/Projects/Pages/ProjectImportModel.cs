using System.Text.Json;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Api;
using GreenBuild.Projects.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Pages;

/// <summary>
/// 批量导入 — upload a file, watch it being checked (progress bar), read the preview report (every error with row,
/// column, value and message; every finding), then commit it all or cancel.
/// </summary>
[Authorize(Policy = ProjectsModule.RegistryPolicy)]
[RequestSizeLimit(ImportProjects.MaxFileBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportProjects.MaxFileBytes + 64 * 1024)]
public sealed class ProjectImportModel(ProjectImportSessions sessions, IStringLocalizer<UiText> text) : PageModel
{
    public ImportDto? Import { get; private set; }

    public ImportReport? Report { get; private set; }

    public IReadOnlyList<ImportDto> Recent { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool IsRunning => Import?.Status is Model.ImportStatus.Queued or Model.ImportStatus.Checking or Model.ImportStatus.Committing;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } importId)
        {
            Import = await sessions.GetAsync(User, importId, cancellationToken);
            if (Import is null)
            {
                return NotFound();
            }

            Report = Import.Report is { } report ? report.Deserialize<ImportReport>(ProjectImportWorker.ReportJson) : null;
        }
        else
        {
            Recent = await sessions.ListAsync(User, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        byte[] bytes = [];
        if (file is not null && file.Length <= ImportProjects.MaxFileBytes)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }
        else if (file is not null)
        {
            bytes = new byte[ImportProjects.MaxFileBytes + 1];
        }

        var outcome = await sessions.UploadAsync(User, file?.FileName, bytes, cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/projects/import/{outcome.Value!.Id}");
        }

        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        return await OnGetAsync(null, cancellationToken);
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken cancellationToken) =>
        await Then(id, await sessions.CommitAsync(User, id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        await Then(id, await sessions.CancelAsync(User, id, cancellationToken), cancellationToken);

    private async Task<IActionResult> Then(Guid id, Platform.Accounts.Outcome<ImportDto> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"/projects/import/{id}");
        }

        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        return await OnGetAsync(id, cancellationToken);
    }
}
