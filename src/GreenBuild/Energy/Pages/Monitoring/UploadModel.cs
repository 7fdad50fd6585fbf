using GreenBuild.Energy.Api;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Pages.Monitoring;

/// <summary>
/// 上传读数文件 — an official uploads a CSV or the collector's Excel; it runs the same ingest as
/// <c>greenbuild energy ingest</c> and the REST API (one atomic batch, strict on request, within the official's scope)
/// and shows the batch's report line by line. Bounded like a REST batch: <see cref="MaxUploadBytes"/> and
/// <see cref="IngestApi.MaxApiLines"/> lines, else nothing is stored.
/// </summary>
[Authorize(Policy = Policies.Officials)]
[RequestSizeLimit(MaxUploadBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + (64 * 1024))]
public sealed class UploadModel(GreenBuildDb db, IngestReadings ingest, IStringLocalizer<Platform.Localization.UiText> text) : PageModel
{
    public const long MaxUploadBytes = 32L * 1024 * 1024;

    internal IngestApi.IngestResultDto? Report { get; private set; }

    public string? FileName { get; private set; }

    public IReadOnlyList<IngestBatch> Recent { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Recent = await MonitoringApi.Batches(db, User, 20, cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, bool strict, CancellationToken cancellationToken)
    {
        var format = Path.GetExtension(file?.FileName ?? "").ToLowerInvariant() switch
        {
            ".csv" or ".txt" => ReadingFormat.Csv,
            ".xlsx" => ReadingFormat.Excel,
            ".json" => ReadingFormat.Json,
            _ => (ReadingFormat?)null,
        };
        PlatformError? error = file is null || file.Length == 0 ? new("energy.upload.file", "file", "error.energy.upload.file")
            : format is null ? new("energy.upload.type", "file", "error.energy.upload.type", Path.GetFileName(file.FileName))
            : file.Length > MaxUploadBytes ? new("energy.upload.size", "file", "error.energy.upload.size", MaxUploadBytes / (1024 * 1024))
            : null;
        if (error is not null)
        {
            Errors = [Problems.Message(text, error)];
            await OnGetAsync(cancellationToken);
            return Page();
        }

        var caller = await IngestApi.CallerAsync(User, db, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }

        // Buffered first (bounded above): the CSV pump reads synchronously, which request streams do not allow.
        using var content = new MemoryStream();
        await file!.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        FileName = Path.GetFileName(file.FileName);
        var report = await ingest.RunAsync(content, format!.Value, "upload:" + FileName, caller, strict, IngestApi.MaxApiLines, cancellationToken);
        Report = IngestApi.ToDto(report, text);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
