using GreenBuild.Platform.Database;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Complaints;

/// <summary>
/// 办理时限预警 — for each open complaint (received, routed, in progress): within <see cref="DueSoon"/> of its current
/// deadline (routing, then answer) a "due soon" warning to the officials of the city handling it (the province's
/// officers while it is the province's), and after the deadline an "overdue" warning to them and the province's
/// officers. One of each per deadline: a routed complaint's new deadline gets its own. Notified in the app and by
/// e-mail (the platform's outbox), saved with the complaint's warning mark; run with the rectification reminders.
/// </summary>
internal sealed class WarnComplaintDeadlines(GreenBuildDb db, Notifier notifier, TimeProvider clock)
{
    public static readonly TimeSpan DueSoon = TimeSpan.FromDays(2);

    private static readonly ComplaintStatus[] Open = [ComplaintStatus.Received, ComplaintStatus.Routed, ComplaintStatus.InProgress];

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var soon = now + DueSoon;
        var candidates = await db.Set<Complaint>().Where(c => Open.Contains(c.Status) && c.DueAtUtc <= soon).ToListAsync(ct);
        var warned = 0;
        foreach (var complaint in candidates)
        {
            var kind = complaint.DueAtUtc < now ? "Overdue" : "DueSoon";
            var already = complaint.DeadlineWarnedForUtc == complaint.DueAtUtc && (complaint.DeadlineWarning == kind || complaint.DeadlineWarning == "Overdue");
            if (already)
            {
                continue;
            }

            (complaint.DeadlineWarning, complaint.DeadlineWarnedForUtc) = (kind, complaint.DueAtUtc);
            var officials = await notifier.OfficialsOfAsync(complaint.CityCode, withProvince: kind == "Overdue", ct);
            var step = complaint.Status == ComplaintStatus.Received ? "route" : "answer";
            await notifier.ToUsersAsync(officials, $"supervision.mail.complaint.{kind}.{step}",
                [TrackingCode.Format(complaint.TrackingCode), complaint.Place, Formats.Local(complaint.DueAtUtc)], $"/supervision/complaints/{complaint.Id}", ct);
            warned++;
        }

        if (warned > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return warned;
    }
}
