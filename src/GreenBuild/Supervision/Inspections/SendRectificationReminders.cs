using GreenBuild.Platform.Database;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Inspections;

/// <summary>
/// 整改提醒 — for each open rectification: within <see cref="DueSoon"/> of its deadline a "due soon" reminder, after
/// it an "overdue" reminder and the order marked overdue; at most one reminder per order per day. Each reminder is
/// recorded and notified (in the app and by e-mail through the platform's outbox, saved in the same transaction) to
/// the responsible enterprise's accounts, the official who issued the order and the inspection's inspectors. Run by
/// <see cref="RectificationReminderService"/> and by <c>greenbuild supervision reminders</c>; the clock is injected.
/// </summary>
internal sealed class SendRectificationReminders(GreenBuildDb db, Notifier notifier, TimeProvider clock)
{
    public static readonly TimeSpan DueSoon = TimeSpan.FromDays(3);

    public static readonly TimeSpan Quiet = TimeSpan.FromDays(1);

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var soon = now + DueSoon;
        var quiet = now - Quiet;
        var due = await db.Set<Rectification>()
            .Where(r => r.Status == RectificationStatus.Open && r.DeadlineUtc <= soon && (r.LastReminderAtUtc == null || r.LastReminderAtUtc <= quiet))
            .ToListAsync(ct);
        var inspectionIds = due.Select(r => r.InspectionId).Distinct().ToList();
        var inspections = await db.Set<Inspection>().AsNoTracking().Include(i => i.Assignments).Where(i => inspectionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        foreach (var order in due)
        {
            var overdue = order.DeadlineUtc < now;
            var kind = overdue ? "Overdue" : "DueSoon";
            db.Add(new RectificationReminder { RectificationId = order.Id, InspectionId = order.InspectionId, Kind = kind, SentAtUtc = now });
            (order.Reminders, order.LastReminderAtUtc, order.IsOverdue) = (order.Reminders + 1, now, overdue);

            var inspection = inspections[order.InspectionId];
            var recipients = new List<string>();
            if (inspection.OrganizationId is { } organization)
            {
                recipients.AddRange(await notifier.ApplicantsOfAsync(organization, ct));
            }

            recipients.AddRange(inspection.Assignments.Select(a => a.UserId).OfType<string>());
            if (order.IssuedById is { } official)
            {
                recipients.Add(official);
            }

            var requirement = order.Requirement.Length > 300 ? order.Requirement[..300] + "…" : order.Requirement;
            await notifier.ToUsersAsync(recipients, "supervision.mail.rectification." + kind,
                [inspection.ObjectName, inspection.ObjectCode, requirement, Formats.Local(order.DeadlineUtc)], $"/supervision/inspections/{inspection.Id}", ct);
        }

        if (due.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return due.Count;
    }
}
