using GreenBuild.Labels.Model;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels;

/// <summary>
/// 形式审查 — the project's city or the province checks a submitted application: complete (it goes on to expert
/// review) or returned with reasons, and a deadline to resubmit (a new version).
/// </summary>
public sealed class ReviewFormally(GreenBuildDb db, Notifier notifier, IOptions<LabelsOptions> options, TimeProvider clock)
{
    public async Task<Outcome<LabelApplication>> RunAsync(LabelActor actor, Guid applicationId, bool complete, IReadOnlyList<string>? reasons, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<LabelApplication>().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !LabelAccess.CanReviewFormally(actor, application))
        {
            return LabelErrors.NotFound<LabelApplication>();
        }

        if (application.Status != ApplicationStatus.Submitted)
        {
            return LabelErrors.Fail<LabelApplication>("state.formal", "status", application.Number);
        }

        var given = (reasons ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
        if (!complete && given.Count == 0)
        {
            return LabelErrors.Fail<LabelApplication>("reasons.required", "reasons");
        }

        if (given.Any(r => r.Length > 500) || given.Count > 20)
        {
            return LabelErrors.Fail<LabelApplication>("reasons.long", "reasons", 20, 500);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        application.UpdatedAtUtc = now;
        if (complete)
        {
            application.Status = ApplicationStatus.Accepted;
            History.Record(db, application.Id, actor, now, "formal.accepted");
            await notifier.ToOrganizationAsync(application.OrganizationId, "labels.mail.accepted", [application.Number, application.ProjectName], $"/labels/applications/{application.Id}", cancellationToken);
        }
        else
        {
            (application.Status, application.ReturnReasons, application.ResubmitByUtc) =
                (ApplicationStatus.Returned, string.Join("\n", given), now.AddDays(options.Value.ResubmitDays));
            History.Record(db, application.Id, actor, now, "formal.returned", application.ReturnReasons);
            await notifier.ToOrganizationAsync(application.OrganizationId, "labels.mail.returned",
                [application.Number, application.ProjectName, application.ReturnReasons, Formats.Local(application.ResubmitByUtc.Value)], $"/labels/applications/{application.Id}", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<LabelApplication>.Ok(application);
    }
}
