using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Pages;

/// <summary>抽取公告 — an announced task for anyone: its rules, named sources, candidate lists with SHA-256, and each draw with a button that recomputes it on /draw/verify.</summary>
[AllowAnonymous]
public sealed class PublicTaskModel(GreenBuildDb db) : PageModel
{
    public InspectionTask? Task { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Task = await db.Set<InspectionTask>().AsNoTracking().Include(t => t.Sources).Include(t => t.Lists).Include(t => t.Draws).AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Id == id && t.Status != InspectionTaskStatus.Draft, ct);
        return Task is null ? NotFound() : Page();
    }
}
