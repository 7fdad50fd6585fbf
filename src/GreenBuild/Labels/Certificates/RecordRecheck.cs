using GreenBuild.Labels.Model;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Contracts;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels.Certificates;

/// <summary>
/// A re-check's result as the province records it; <c>OperationYear</c> is the year of operation data it cites
/// (default: the last complete year with data).
/// </summary>
public sealed record RecheckInput(RecheckOutcome Outcome, GreenLevel? Level, string? Reason, string? OperationFindings, int? OperationYear = null);

/// <summary>
/// 复查结论 — the province records a re-check of a certified building: passed (next re-check scheduled), downgraded to a
/// lower star with reasons, or revoked with reasons. A downgrade or revocation is published on the portal and the
/// registry's green level follows (revocation: back to 基本级, the floor every urban new building is held to).
/// </summary>
public sealed class RecordRecheck(GreenBuildDb db, IProjectRegistry registry, Notifier notifier, IOptions<LabelsOptions> options, OperationData operation, TimeProvider clock)
{
    public async Task<Outcome<Certificate>> RunAsync(LabelActor actor, Guid certificateId, RecheckInput input, CancellationToken cancellationToken = default)
    {
        var certificate = await db.Set<Certificate>().FirstOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null || !actor.IsProvince)
        {
            return LabelErrors.NotFound<Certificate>("certificate");
        }

        if (certificate.Status == CertificateStatus.Revoked)
        {
            return LabelErrors.Fail<Certificate>("certificate.revoked", "status", certificate.Number);
        }

        var reason = (input.Reason ?? "").Trim();
        var errors = new List<PlatformError>();
        if (!Enum.IsDefined(input.Outcome))
        {
            errors.Add(LabelErrors.Of("recheck.outcome", "outcome", input.Outcome));
        }

        if (input.Outcome != RecheckOutcome.Passed && reason.Length == 0)
        {
            errors.Add(LabelErrors.Of("recheck.reason", "recheckReason"));
        }

        if (reason.Length > 2000 || input.OperationFindings?.Length > 4000)
        {
            errors.Add(LabelErrors.Of("recheck.long", "recheckReason", 2000));
        }

        if (input.Outcome == RecheckOutcome.Downgrade && (input.Level is not { } lower || lower >= certificate.Level || lower < GreenLevel.OneStar))
        {
            errors.Add(LabelErrors.Of("recheck.level", "level", TextKey.Level(certificate.Level)));
        }

        if (errors.Count > 0)
        {
            return Outcome<Certificate>.Fail([.. errors]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var recheck = await db.Set<Recheck>().Where(r => r.CertificateId == certificate.Id && r.Outcome == null).OrderBy(r => r.DueAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (recheck is null)
        {
            recheck = new Recheck { CertificateId = certificate.Id, DueAtUtc = now, CreatedAtUtc = now };
            db.Add(recheck);
        }

        (recheck.Outcome, recheck.Level, recheck.Reason, recheck.OperationFindings, recheck.CompletedBy, recheck.CompletedAtUtc) =
            (input.Outcome, input.Level, reason.Length == 0 ? null : reason, input.OperationFindings?.Trim(), actor.Name, now);
        // What monitoring shows now is kept with the re-check, so its findings can cite figures that later data will not move.
        recheck.OperationData = await operation.ForAsync(certificate, input.OperationYear, cancellationToken) is { } figures ? Certificates.OperationData.Citation(figures) : null;
        certificate.NextRecheckDueUtc = now.AddMonths(options.Value.RecheckMonths);
        var application = await db.Set<LabelApplication>().FirstAsync(a => a.Id == certificate.ApplicationId, cancellationToken);
        switch (input.Outcome)
        {
            case RecheckOutcome.Downgrade:
                (certificate.Level, certificate.Status, certificate.StatusReason, certificate.StatusChangedAtUtc) = (input.Level!.Value, CertificateStatus.Downgraded, reason, now);
                await registry.SetCertifiedGreenLevelAsync(certificate.ProjectId, certificate.Level, Evidence.Downgraded(certificate, reason), cancellationToken);
                History.Record(db, application.Id, actor, now, "certificate.downgraded", $"{certificate.Number} → {input.Level}：{reason}");
                break;
            case RecheckOutcome.Revoke:
                (certificate.Status, certificate.StatusReason, certificate.StatusChangedAtUtc) = (CertificateStatus.Revoked, reason, now);
                (application.Status, application.UpdatedAtUtc) = (ApplicationStatus.Revoked, now);
                await registry.SetCertifiedGreenLevelAsync(certificate.ProjectId, GreenLevel.Basic, Evidence.Revoked(certificate, reason), cancellationToken);
                History.Record(db, application.Id, actor, now, "certificate.revoked", $"{certificate.Number}：{reason}");
                break;
            default:
                History.Record(db, application.Id, actor, now, "certificate.rechecked", certificate.Number);
                break;
        }

        await notifier.ToOrganizationAsync(certificate.OrganizationId, "labels.mail.recheck." + input.Outcome, [certificate.Number, reason], $"/labels/certificates/{certificate.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Certificate>.Ok(certificate);
    }
}
