using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels;

/// <summary>
/// 保存自评估 — the applicant saves its self-assessment and sees the calculator's expected level. A draft version is
/// updated in place; once a version has been submitted (and the application returned), saving creates the next
/// version and the submitted one stays as it was.
/// </summary>
public sealed class SaveSelfAssessment(GreenBuildDb db, RateSelfAssessment rate, TimeProvider clock)
{
    public async Task<Outcome<(LabelApplication Application, ApplicationVersion Version, Rating Rating)>> RunAsync(
        LabelActor actor, Guid applicationId, SelfAssessment assessment, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<LabelApplication>().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !LabelAccess.OwnsApplication(actor, application))
        {
            return LabelErrors.NotFound<(LabelApplication, ApplicationVersion, Rating)>();
        }

        if (application.Status is not (ApplicationStatus.Draft or ApplicationStatus.Returned))
        {
            return LabelErrors.Fail<(LabelApplication, ApplicationVersion, Rating)>("locked", "status", application.Number);
        }

        var rating = rate.Run(assessment, application.IsResidential);
        if (!rating.Succeeded)
        {
            return Outcome<(LabelApplication, ApplicationVersion, Rating)>.Fail([.. rating.Errors]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var version = await Versions.CurrentAsync(db, application, cancellationToken);
        if (version.SubmittedAtUtc is not null)
        {
            application.CurrentVersion++;
            version = Versions.New(application, application.CurrentVersion, assessment, rating.Value!, actor, now);
            db.Add(version);
            History.Record(db, application.Id, actor, now, "version.created", application.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            version.AssessmentJson = LabelJson.Write(assessment);
            (version.ExpectedLevel, version.TotalScore, version.ExplanationJson, version.UpdatedAtUtc) =
                (rating.Value!.Level, rating.Value.TotalScore, LabelJson.Write(rating.Value.Explanation), now);
        }

        (application.ExpectedLevel, application.UpdatedAtUtc) = (rating.Value!.Level, now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<(LabelApplication, ApplicationVersion, Rating)>.Ok((application, version, rating.Value));
    }
}
