using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Api;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Pages;

/// <summary>双随机、一公开 — for anyone: the announced tasks (each with its lists, digests, sources and draws) and the published results.</summary>
[AllowAnonymous]
public sealed class PublicSupervisionModel(GreenBuildDb db) : PageModel
{
    public IReadOnlyList<InspectionTask> Tasks { get; private set; } = [];

    public IReadOnlyList<PublicResultsApi.ResultDto> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Tasks = [.. (await db.Set<InspectionTask>().AsNoTracking().Where(t => t.Status != InspectionTaskStatus.Draft).ToListAsync(ct)).OrderByDescending(t => t.AnnouncedAtUtc)];
        Results = await PublicResultsApi.ListAsync(db, null, ct);
    }
}
