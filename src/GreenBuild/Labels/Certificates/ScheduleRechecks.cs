using GreenBuild.Labels.Model;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Certificates;

/// <summary>
/// 复查排期 — opens a re-check for every certificate in force whose next re-check is due and has none open, and tells
/// its applicant. Idempotent: running it twice on the same day opens nothing more. Called by the
/// <see cref="RecheckScheduler"/> and by <c>greenbuild labels rechecks</c>.
/// </summary>
public sealed class ScheduleRechecks(GreenBuildDb db, Notifier notifier, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<Certificate>().Where(c => c.Status != CertificateStatus.Revoked && c.NextRecheckDueUtc <= now)
            .Where(c => !db.Set<Recheck>().Any(r => r.CertificateId == c.Id && r.Outcome == null))
            .ToListAsync(cancellationToken);
        foreach (var certificate in due)
        {
            db.Add(new Recheck { CertificateId = certificate.Id, DueAtUtc = certificate.NextRecheckDueUtc, CreatedAtUtc = now });
            History.Record(db, certificate.ApplicationId, LabelActor.System("复查排期"), now, "recheck.opened", certificate.Number);
            await notifier.ToOrganizationAsync(certificate.OrganizationId, "labels.mail.recheck.due",
                [certificate.Number, Formats.Local(certificate.NextRecheckDueUtc)], $"/labels/certificates/{certificate.Id}", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
