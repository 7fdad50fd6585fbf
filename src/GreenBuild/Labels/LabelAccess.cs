using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels;

/// <summary>
/// Who sees which application: the province all; a city officer its city's (prefecture with counties); an applicant
/// its own organization's; an expert only those it is a member of a panel for, while that panel is open and it has
/// not declared a conflict. Anything else is "not found", as if it did not exist.
/// </summary>
internal static class LabelAccess
{
    public static IQueryable<LabelApplication> Visible(GreenBuildDb db, LabelActor actor)
    {
        var applications = db.Set<LabelApplication>().AsNoTracking();
        if (actor.IsProvince)
        {
            return applications;
        }

        if (actor.IsCityOfficer)
        {
            // A city officer reviews what has been submitted; drafts stay the applicant's.
            return actor.Scope.WithinCity(applications, a => a.CityCode).Where(a => a.Status != ApplicationStatus.Draft);
        }

        if (actor.IsExpert)
        {
            var open = db.Set<PanelMember>().Where(m => m.UserId == actor.UserId && (m.Status == MemberStatus.Assigned || m.Status == MemberStatus.Submitted))
                .Join(db.Set<ReviewPanel>().Where(p => p.Status == PanelStatus.Reviewing), m => m.PanelId, p => p.Id, (m, p) => p.ApplicationId);
            return applications.Where(a => open.Contains(a.Id));
        }

        return actor.IsApplicant && actor.Scope.OrganizationId is { } org ? applications.Where(a => a.OrganizationId == org) : applications.Where(_ => false);
    }

    public static Task<bool> CanSeeAsync(GreenBuildDb db, LabelActor actor, Guid applicationId, CancellationToken cancellationToken) =>
        Visible(db, actor).AnyAsync(a => a.Id == applicationId, cancellationToken);

    /// <summary>Formal review: the project's city or the province.</summary>
    public static bool CanReviewFormally(LabelActor actor, LabelApplication application) =>
        actor.IsProvince || (actor.IsCityOfficer && actor.Scope.CanSeeCity(application.CityCode));

    public static bool OwnsApplication(LabelActor actor, LabelApplication application) =>
        actor.IsApplicant && actor.Scope.OrganizationId == application.OrganizationId;
}
