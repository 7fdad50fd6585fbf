using GreenBuild.Labels.Model;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels.Notice;

/// <summary>
/// 公示 — the province publishes the proposed label (the lower of the level applied for and the panel's level) on the
/// portal for the configured number of days (or the days given), from now; objections are accepted until it ends.
/// A panel below 一星 cannot be published: the decision is then 不予认定.
/// </summary>
public sealed class PublishNotice(GreenBuildDb db, Notifier notifier, IOptions<LabelsOptions> options, TimeProvider clock)
{
    public async Task<Outcome<PublicNotice>> RunAsync(LabelActor actor, Guid applicationId, int? days, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<LabelApplication>().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !actor.IsProvince)
        {
            return LabelErrors.NotFound<PublicNotice>();
        }

        if (application.Status != ApplicationStatus.Reviewed)
        {
            return LabelErrors.Fail<PublicNotice>("state.notice", "status", application.Number);
        }

        if (application.PanelLevel is not { } panelLevel || panelLevel < GreenLevel.OneStar)
        {
            return LabelErrors.Fail<PublicNotice>("notice.level", "status", TextKey.Level(application.PanelLevel ?? GreenLevel.NotQualified));
        }

        var length = days ?? options.Value.NoticeDays;
        if (length is < 5 or > 30)
        {
            return LabelErrors.Fail<PublicNotice>("notice.days", "days", 5, 30);
        }

        var panel = await db.Set<ReviewPanel>().AsNoTracking().Where(p => p.ApplicationId == applicationId && p.Status == PanelStatus.Closed)
            .OrderByDescending(p => p.ClosedAtUtc).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var notice = new PublicNotice
        {
            ApplicationId = application.Id, ApplicationNumber = application.Number, ProjectName = application.ProjectName,
            OrganizationName = application.OrganizationName, CityCode = application.CityCode,
            ProposedLevel = panelLevel < application.TargetLevel ? panelLevel : application.TargetLevel,
            PanelScore = panel.ConclusionScore ?? 0, Days = length, StartsAtUtc = now, EndsAtUtc = now.AddDays(length), PublishedBy = actor.Name,
        };
        db.Add(notice);
        (application.Status, application.UpdatedAtUtc) = (ApplicationStatus.InPublicNotice, now);
        History.Record(db, application.Id, actor, now, "notice.published", $"{Formats.Local(notice.StartsAtUtc)} – {Formats.Local(notice.EndsAtUtc)}");
        await notifier.ToOrganizationAsync(application.OrganizationId, "labels.mail.notice",
            [application.Number, Formats.Local(notice.EndsAtUtc)], "/open/labels", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<PublicNotice>.Ok(notice);
    }
}
