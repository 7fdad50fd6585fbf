using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Labels.Pages;

/// <summary>专家库 — the province keeps the label expert pool: code, account, specialty, involvement in projects, active.</summary>
[Authorize(Roles = PageRoles.Province)]
public sealed class ExpertsModel(GreenBuildDb db, SaveExpert save, IStringLocalizer<UiText> text) : PageModel
{
    public IReadOnlyList<(Expert Expert, string? Email, string? Organization)> Experts { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var experts = await db.Set<Expert>().AsNoTracking().ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        Experts = [.. experts.OrderBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => (e, users.GetValueOrDefault(e.UserId), e.OrganizationId is { } o ? organizations.GetValueOrDefault(o) : null))];
    }

    public async Task<IActionResult> OnPostAsync(ExpertInput input, CancellationToken cancellationToken)
    {
        var outcome = await save.RunAsync(input, cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect("/labels/experts");
        }

        Errors = [.. outcome.Errors.Select(e => LabelProblems.Message(text, e))];
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
