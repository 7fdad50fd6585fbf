using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Pages;

/// <summary>抽取公告 — a panel draw as published: per specialty the candidate list (expert codes) and its SHA-256, the sources, the key, the avoidance list and the steps, with a link that re-runs it on /draw/verify.</summary>
[AllowAnonymous]
public sealed class DrawModel(GreenBuildDb db) : PageModel
{
    public ReviewPanel Panel { get; private set; } = null!;

    public string ApplicationNumber { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var panel = await db.Set<ReviewPanel>().AsNoTracking().Include(p => p.Draws).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (panel is null)
        {
            return NotFound();
        }

        Panel = panel;
        ApplicationNumber = await db.Set<LabelApplication>().Where(a => a.Id == panel.ApplicationId).Select(a => a.Number).FirstAsync(cancellationToken);
        return Page();
    }
}
