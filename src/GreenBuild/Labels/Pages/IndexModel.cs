using GreenBuild.Labels.Api;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Projects.Contracts;
using GreenBuild.Standards.GreenRating;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Labels.Pages;

/// <summary>绿色建筑标识 — the applications the user may see, a new application for applicants, and an expert's assignments.</summary>
[Authorize(Roles = PageRoles.Workflow)]
public sealed class IndexModel(ReadApplications read, IProjectRegistry registry, CreateApplication create, GreenBuildDb db, IStringLocalizer<UiText> text) : PageModel
{
    public IReadOnlyList<LabelDtos.ApplicationSummary> Applications { get; private set; } = [];

    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Number, string Project, Specialty Specialty, MemberStatus Status, DateTime? Deadline)> Assignments { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public ApplicationStatus? Status { get; private set; }

    public LabelActor Actor => LabelActor.Of(User);

    public async Task OnGetAsync(ApplicationStatus? status, CancellationToken cancellationToken)
    {
        Status = status;
        Applications = await read.ListAsync(Actor, status, cancellationToken);
        if (Actor.IsApplicant && Actor.Scope.OrganizationId is { } organization)
        {
            var open = Applications.Where(a => a.Status is not (ApplicationStatus.Rejected or ApplicationStatus.Revoked)).Select(a => a.ProjectId).ToHashSet();
            Projects = [.. (await registry.ListAsync(new ProjectFilter { OrganizationId = organization, Stages = CreateApplication.EligibleStages }, cancellationToken))
                .Where(p => !open.Contains(p.Id))];
            Organizations = [.. (await db.Organizations.AsNoTracking().Where(o => o.Id != organization).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
                .Select(o => (o.Id, o.Name))];
        }

        if (Actor.IsExpert)
        {
            var userId = Actor.UserId;
            var rows = await db.Set<PanelMember>().AsNoTracking().Where(m => m.UserId == userId && (m.Status == MemberStatus.Assigned || m.Status == MemberStatus.Submitted))
                .Join(db.Set<ReviewPanel>().Where(p => p.Status == PanelStatus.Reviewing), m => m.PanelId, p => p.Id, (m, p) => new { m.Id, p.ApplicationId, m.Specialty, m.Status, DeadlineUtc = m.DeadlineUtc ?? p.DeadlineUtc })
                .Join(db.Set<LabelApplication>(), x => x.ApplicationId, a => a.Id, (x, a) => new { x.Id, a.Number, a.ProjectName, x.Specialty, x.Status, x.DeadlineUtc })
                .ToListAsync(cancellationToken);
            Assignments = [.. rows.Select(r => (r.Id, r.Number, r.ProjectName, r.Specialty, r.Status, r.DeadlineUtc))];
        }
    }

    public async Task<IActionResult> OnPostCreateAsync(Guid projectId, GreenLevel targetLevel, List<Guid>? participants, CancellationToken cancellationToken)
    {
        var outcome = await create.RunAsync(Actor, new NewApplication(projectId, targetLevel, participants, null), cancellationToken: cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect($"/labels/applications/{outcome.Value!.Id}?done=created");
        }

        Errors = [.. outcome.Errors.Select(e => LabelProblems.Message(text, e))];
        await OnGetAsync(null, cancellationToken);
        return Page();
    }
}
