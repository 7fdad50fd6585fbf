using GreenBuild.Labels.Model;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Contracts;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels.Certificates;

/// <summary>The decision's outcome: the application and, for 一星/二星, its certificate.</summary>
public sealed record Decision(LabelApplication Application, Certificate? Certificate);

/// <summary>
/// 认定决定 — after the notice has ended and every objection is handled, the province grants the noticed level (一星、
/// 二星: certificate with its number and verification code, the registry's green level set with the certificate as
/// evidence; 三星: recommended to the national level) or refuses with reasons. An upheld objection rules out a grant.
/// </summary>
public sealed class DecideApplication(GreenBuildDb db, IProjectRegistry registry, Notifier notifier, IOptions<LabelsOptions> options, TimeProvider clock)
{
    public async Task<Outcome<Decision>> RunAsync(LabelActor actor, Guid applicationId, bool grant, string? reason, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<LabelApplication>().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !actor.IsProvince)
        {
            return LabelErrors.NotFound<Decision>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var text = (reason ?? "").Trim();
        if (text.Length > 2000 || (!grant && text.Length == 0))
        {
            return LabelErrors.Fail<Decision>("decision.reason", "decisionReason", 2000);
        }

        if (!grant)
        {
            if (application.Status is not (ApplicationStatus.Reviewed or ApplicationStatus.InPublicNotice))
            {
                return LabelErrors.Fail<Decision>("state.decision", "status", application.Number);
            }

            (application.Status, application.DecisionReason, application.DecidedAtUtc, application.UpdatedAtUtc) = (ApplicationStatus.Rejected, text, now, now);
            History.Record(db, application.Id, actor, now, "decision.rejected", text);
            await notifier.ToOrganizationAsync(application.OrganizationId, "labels.mail.rejected", [application.Number, text], $"/labels/applications/{application.Id}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Decision>.Ok(new Decision(application, null));
        }

        var notice = await db.Set<PublicNotice>().AsNoTracking().Where(n => n.ApplicationId == applicationId).OrderByDescending(n => n.StartsAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (application.Status != ApplicationStatus.InPublicNotice || notice is null)
        {
            return LabelErrors.Fail<Decision>("state.decision", "status", application.Number);
        }

        if (notice.IsOpenAt(now))
        {
            return LabelErrors.Fail<Decision>("decision.notice.open", "status", Formats.Local(notice.EndsAtUtc));
        }

        var objections = await db.Set<Objection>().AsNoTracking().Where(o => o.NoticeId == notice.Id).Select(o => new { o.Status, o.TrackingCode }).ToListAsync(cancellationToken);
        if (objections.FirstOrDefault(o => o.Status == ObjectionStatus.Pending) is { } pending)
        {
            return LabelErrors.Fail<Decision>("decision.objection.pending", "objections", pending.TrackingCode);
        }

        if (objections.FirstOrDefault(o => o.Status == ObjectionStatus.Upheld) is { } upheld)
        {
            return LabelErrors.Fail<Decision>("decision.objection.upheld", "objections", upheld.TrackingCode);
        }

        (application.DecisionReason, application.DecidedAtUtc, application.UpdatedAtUtc) = (text.Length == 0 ? null : text, now, now);
        if (notice.ProposedLevel == GreenLevel.ThreeStar)
        {
            application.Status = ApplicationStatus.Recommended;
            History.Record(db, application.Id, actor, now, "decision.recommended");
            await notifier.ToOrganizationAsync(application.OrganizationId, "labels.mail.recommended", [application.Number], $"/labels/applications/{application.Id}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Decision>.Ok(new Decision(application, null));
        }

        var certificate = await IssueAsync(application, notice.ProposedLevel, now, cancellationToken);
        application.Status = ApplicationStatus.Certified;
        await registry.SetCertifiedGreenLevelAsync(application.ProjectId, certificate.Level, Evidence.Certified(certificate), cancellationToken);
        History.Record(db, application.Id, actor, now, "decision.certified", certificate.Number);
        await notifier.ToOrganizationAsync(application.OrganizationId, "labels.mail.certified", [application.Number, certificate.Number], $"/labels/certificates/{certificate.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Decision>.Ok(new Decision(application, certificate));
    }

    private async Task<Certificate> IssueAsync(LabelApplication application, GreenLevel level, DateTime now, CancellationToken cancellationToken)
    {
        var year = Numbering.YearOf(now);
        var prefix = Numbering.CertificateYearPrefix(year);
        var sequence = await db.Set<Certificate>().CountAsync(c => c.Number.StartsWith(prefix), cancellationToken) + 1;
        var certificate = new Certificate
        {
            Number = Numbering.Certificate(year, level, application.CityCode, sequence), VerificationCode = Numbering.RandomCode(12),
            ApplicationId = application.Id, ProjectId = application.ProjectId, ProjectCode = application.ProjectCode, ProjectName = application.ProjectName,
            CityCode = application.CityCode, OrganizationId = application.OrganizationId, OrganizationName = application.OrganizationName,
            FloorArea = application.FloorArea, Level = level, CertifiedLevel = level, IssuedAtUtc = now,
            NextRecheckDueUtc = now.AddMonths(options.Value.RecheckMonths), IsDemo = application.IsDemo,
        };
        db.Add(certificate);
        return certificate;
    }
}
