using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Inspections;

/// <summary>
/// 整改提醒 — for each open rectification: within <see cref="DueSoon"/> of its deadline a "due soon" reminder, after
/// it an "overdue" reminder and the order marked overdue; at most one reminder per order per day. Run by
/// <see cref="RectificationReminderService"/> and by <c>greenbuild supervision reminders</c>; the clock is injected.
/// </summary>
internal sealed class SendRectificationReminders(GreenBuildDb db, TimeProvider clock)
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
        foreach (var order in due)
        {
            var overdue = order.DeadlineUtc < now;
            db.Add(new RectificationReminder { RectificationId = order.Id, InspectionId = order.InspectionId, Kind = overdue ? "Overdue" : "DueSoon", SentAtUtc = now });
            (order.Reminders, order.LastReminderAtUtc, order.IsOverdue) = (order.Reminders + 1, now, overdue);
        }

        if (due.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return due.Count;
    }
}
