using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Api;
using GreenBuild.Projects.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects.Import;

/// <summary>
/// Imports as the UI and the API run them: upload (queued for checking), look at the progress and the preview
/// report, commit (queued; refused unless the preview had no error), cancel. Each user sees their own imports;
/// the province sees all.
/// </summary>
public sealed class ProjectImportSessions(GreenBuildDb db, ProjectImportQueue queue, TimeProvider clock)
{
    public async Task<Outcome<ImportDto>> UploadAsync(ClaimsPrincipal user, string? fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        if (bytes.Length == 0)
        {
            return Outcome<ImportDto>.Fail(new PlatformError("import.empty", "file", "projects.import.emptyFile"));
        }

        if (bytes.Length > ImportProjects.MaxFileBytes)
        {
            return Outcome<ImportDto>.Fail(new PlatformError("import.tooLarge", "file", "projects.import.tooLarge", ImportProjects.MaxFileBytes / 1024 / 1024));
        }

        var scope = DataScope.Of(user);
        var import = new ProjectImport
        {
            FileName = CleanName(fileName), Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Length = bytes.Length, Content = bytes,
            UploadedById = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?",
            UploadedByName = user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "?",
            ScopeIsProvince = scope.IsProvince, ScopeCityCode = scope.CityCode, ScopeOrganizationId = scope.OrganizationId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<ProjectImport>().Add(import);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(import.Id, commit: false);
        return Outcome<ImportDto>.Ok(ToDto(import));
    }

    public async Task<ImportDto?> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(user, id, cancellationToken) is { } import ? ToDto(import) : null;

    public async Task<List<ImportDto>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var query = db.Set<ProjectImport>().AsNoTracking();
        if (!DataScope.Of(user).IsProvince)
        {
            var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
            query = query.Where(i => i.UploadedById == me);
        }

        var imports = await query.Select(i => new ProjectImport
        {
            Id = i.Id, FileName = i.FileName, Sha256 = i.Sha256, Length = i.Length, Content = Array.Empty<byte>(), Status = i.Status,
            UploadedById = i.UploadedById, UploadedByName = i.UploadedByName, CreatedAtUtc = i.CreatedAtUtc, FinishedAtUtc = i.FinishedAtUtc, Message = i.Message,
        }).ToListAsync(cancellationToken);
        return [.. imports.OrderByDescending(i => i.CreatedAtUtc).Take(50).Select(ToDto)];
    }

    public async Task<Outcome<ImportDto>> CommitAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var import = await FindAsync(user, id, cancellationToken, track: true);
        if (import is null)
        {
            return Outcome<ImportDto>.Fail(new PlatformError("import.notFound", "", "projects.import.notFound"));
        }

        var report = import.Report is null ? null : JsonSerializer.Deserialize<ImportReport>(import.Report, ProjectImportWorker.ReportJson);
        if (import.Status != ImportStatus.Checked || report is not { CanCommit: true })
        {
            return Outcome<ImportDto>.Fail(new PlatformError("import.notCommittable", "", "projects.import.notCommittable"));
        }

        import.Status = ImportStatus.Queued;
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(import.Id, commit: true);
        return Outcome<ImportDto>.Ok(ToDto(import));
    }

    /// <summary>Stops a running import (its transaction rolls back) or discards a checked one.</summary>
    public async Task<Outcome<ImportDto>> CancelAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var import = await FindAsync(user, id, cancellationToken, track: true);
        if (import is null)
        {
            return Outcome<ImportDto>.Fail(new PlatformError("import.notFound", "", "projects.import.notFound"));
        }

        if (import.Status is ImportStatus.Committed or ImportStatus.Cancelled or ImportStatus.Failed)
        {
            return Outcome<ImportDto>.Fail(new PlatformError("import.finished", "", "projects.import.finished"));
        }

        if (!queue.Cancel(id) || import.Status == ImportStatus.Checked)
        {
            import.Status = ImportStatus.Cancelled;
            import.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Outcome<ImportDto>.Ok(ToDto(import));
    }

    private async Task<ProjectImport?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken, bool track = false)
    {
        var query = track ? db.Set<ProjectImport>() : db.Set<ProjectImport>().AsNoTracking();
        var import = await query.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return import is not null && (DataScope.Of(user).IsProvince || import.UploadedById == user.FindFirstValue(ClaimTypes.NameIdentifier)) ? import : null;
    }

    private ImportDto ToDto(ProjectImport i)
    {
        var progress = queue.Progress(i.Id);
        JsonElement? report = null;
        if (i.Report is not null)
        {
            using var document = JsonDocument.Parse(i.Report);
            report = document.RootElement.Clone();
        }

        var percent = i.Status switch
        {
            ImportStatus.Committed => 100,
            ImportStatus.Checked => 100,
            _ => progress?.Percent ?? 0,
        };
        return new ImportDto(i.Id, i.FileName, i.Sha256, i.Length, i.Status, i.Message, i.CreatedAtUtc, i.FinishedAtUtc, i.UploadedByName, percent,
            (progress?.Phase ?? ImportPhase.Done).ToString(), report);
    }

    /// <summary>Only the name's last segment, without control characters, at most 200 characters.</summary>
    private static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length == 0 ? "upload" : name.Length > 200 ? name[^200..] : name;
    }
}
