using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Projects.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Import;

/// <summary>
/// Runs queued imports one at a time, as their uploader (scope and audit actor), in the uploader's language. An
/// import that was running when the server stopped is marked failed at the next start: its transaction never
/// committed, so the database is as it was.
/// </summary>
internal sealed class ProjectImportWorker(IServiceScopeFactory scopes, ProjectImportQueue queue, TimeProvider clock, ILogger<ProjectImportWorker> log)
    : BackgroundService
{
    internal static readonly JsonSerializerOptions ReportJson = SaveProject.FindingsJson;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await MarkInterruptedAsync(stoppingToken);
        await foreach (var (id, commit) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(id, commit, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogError(ex, "Project import {ImportId} failed", id);
                await SetStatusAsync(id, ImportStatus.Failed, "projects.import.failed", null, CancellationToken.None);
            }
            finally
            {
                queue.Finished(id);
            }
        }
    }

    private async Task RunAsync(Guid id, bool commit, CancellationToken stoppingToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, queue.TokenOf(id));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var import = await db.Set<ProjectImport>().FirstOrDefaultAsync(i => i.Id == id, stoppingToken);
        if (import is null || import.Status is ImportStatus.Cancelled)
        {
            return;
        }

        import.Status = commit ? ImportStatus.Committing : ImportStatus.Checking;
        await db.SaveChangesAsync(stoppingToken);
        var dataScope = new DataScope(import.ScopeIsProvince, import.ScopeCityCode, import.ScopeOrganizationId);
        using var actor = ActingAs.Use(new FixedActor(import.UploadedById, import.UploadedByName));
        try
        {
            var report = await scope.ServiceProvider.GetRequiredService<ImportProjects>().RunAsync(dataScope, import.FileName, import.Content, commit,
                new ImmediateProgress<ImportProgress>(p => queue.Report(id, p)), linked.Token);
            var status = report.Committed ? ImportStatus.Committed : commit ? ImportStatus.Failed : ImportStatus.Checked;
            await SetStatusAsync(id, status, commit && !report.Committed ? "projects.import.commitRefused" : null, report, stoppingToken);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            await SetStatusAsync(id, ImportStatus.Cancelled, "projects.import.cancelled", null, CancellationToken.None);
        }
    }

    private async Task SetStatusAsync(Guid id, ImportStatus status, string? messageKey, ImportReport? report, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<UiText>>();
        var import = await db.Set<ProjectImport>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
        {
            return;
        }

        using var actor = ActingAs.Use(new FixedActor(import.UploadedById, import.UploadedByName));
        import.Status = status;
        import.Message = messageKey is null ? null : text[messageKey].Value;
        import.FinishedAtUtc = status is ImportStatus.Checked ? null : clock.GetUtcNow().UtcDateTime;
        if (report is not null)
        {
            import.Report = JsonSerializer.Serialize(report, ReportJson);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task MarkInterruptedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
            var ids = await db.Set<ProjectImport>().Where(i => i.Status == ImportStatus.Queued || i.Status == ImportStatus.Checking || i.Status == ImportStatus.Committing)
                .Select(i => i.Id).ToListAsync(cancellationToken);
            foreach (var id in ids)
            {
                await SetStatusAsync(id, ImportStatus.Failed, "projects.import.interrupted", null, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database not migrated yet has no imports to recover; the first request will say what is wrong.
            log.LogWarning(ex, "Could not look for interrupted project imports");
        }
    }
}
