using GreenBuild.Platform.Database;
using GreenBuild.Platform.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Pages;

/// <summary>站内通知 — the user's label notifications; opening the page marks them read.</summary>
[Authorize]
public sealed class NotificationsModel(GreenBuildDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = LabelActor.Of(User).UserId;
        var list = await db.Set<Notification>().Where(n => n.UserId == userId && n.Module == "labels").ToListAsync(cancellationToken);
        Notifications = [.. list.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(200)];
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var unread in list.Where(n => n.ReadAtUtc is null))
        {
            unread.ReadAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }
}
