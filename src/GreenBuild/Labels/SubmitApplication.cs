using GreenBuild.Labels.Model;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels;

/// <summary>
/// 提交申报 — checks that the application is complete and submits its current version for 形式审查. Incomplete:
/// 控制项 not all met, a category without items, a scored item without evidence, a required document missing, an
/// expected level below the level applied for, or a returned application past its resubmission deadline.
/// </summary>
public sealed class SubmitApplication(GreenBuildDb db, Notifier notifier, TimeProvider clock)
{
    public async Task<Outcome<LabelApplication>> RunAsync(LabelActor actor, Guid applicationId, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<LabelApplication>().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !LabelAccess.OwnsApplication(actor, application))
        {
            return LabelErrors.NotFound<LabelApplication>();
        }

        if (application.Status is not (ApplicationStatus.Draft or ApplicationStatus.Returned))
        {
            return LabelErrors.Fail<LabelApplication>("locked", "status", application.Number);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (application.Status == ApplicationStatus.Returned && application.ResubmitByUtc < now)
        {
            return LabelErrors.Fail<LabelApplication>("resubmit.late", "status", Formats.Local(application.ResubmitByUtc.Value));
        }

        var version = await Versions.CurrentAsync(db, application, cancellationToken);
        if (version.SubmittedAtUtc is not null)
        {
            return LabelErrors.Fail<LabelApplication>("resubmit.unchanged", "status", version.Version);
        }

        var files = await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.ApplicationId == application.Id && f.Version <= version.Version)
            .Select(f => new { f.Kind, f.Clause }).ToListAsync(cancellationToken);
        var errors = Completeness(application, version, Versions.Assessment(version), [.. files.Select(f => f.Kind)]);
        if (errors.Count > 0)
        {
            return Outcome<LabelApplication>.Fail([.. errors]);
        }

        version.SubmittedAtUtc = now;
        (application.Status, application.SubmittedAtUtc, application.UpdatedAtUtc, application.ReturnReasons, application.ResubmitByUtc) =
            (ApplicationStatus.Submitted, now, now, null, null);
        History.Record(db, application.Id, actor, now, "submitted", $"v{version.Version}");
        await notifier.ToOrganizationAsync(application.OrganizationId, "labels.mail.submitted", [application.Number, application.ProjectName], $"/labels/applications/{application.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<LabelApplication>.Ok(application);
    }

    internal static List<PlatformError> Completeness(LabelApplication application, ApplicationVersion version, SelfAssessment assessment, IReadOnlyCollection<EvidenceKind> kinds)
    {
        var errors = new List<PlatformError>();
        if (!assessment.PrerequisitesMet)
        {
            errors.Add(LabelErrors.Of("incomplete.prerequisites", "assessment.prerequisitesMet"));
        }

        foreach (var category in Enum.GetValues<RatingCategory>().Where(c => !assessment.Items.Any(i => i.Category == c)))
        {
            errors.Add(LabelErrors.Of("incomplete.category", "assessment.items", new TextKey("labels.category." + category)));
        }

        for (var i = 0; i < assessment.Items.Count; i++)
        {
            var item = assessment.Items[i];
            if (item.Score > 0 && string.IsNullOrWhiteSpace(item.Evidence))
            {
                errors.Add(LabelErrors.Of("incomplete.evidence", $"assessment.items[{i}].evidence", i + 1, item.Clause, item.Score));
            }
        }

        foreach (var kind in EvidenceRules.Required.Where(k => !kinds.Contains(k)))
        {
            errors.Add(LabelErrors.Of("incomplete.document", "files", new TextKey("labels.evidence." + kind)));
        }

        if (version.ExpectedLevel < application.TargetLevel)
        {
            errors.Add(LabelErrors.Of("incomplete.level", "targetLevel", TextKey.Level(version.ExpectedLevel), TextKey.Level(application.TargetLevel)));
        }

        return errors;
    }
}
