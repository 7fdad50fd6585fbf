using System.Security.Claims;
using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GreenBuild.Platform.Notifications.Pages;

/// <summary>通知 — the signed-in user's notifications of every module; opening the page marks them read.</summary>
[Authorize]
public sealed class NotificationsModel(GreenBuildDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Notifications = await NotificationsApi.OfUserAsync(db, User.FindFirstValue(ClaimTypes.NameIdentifier), null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var unread in Notifications.Where(n => n.ReadAtUtc is null))
        {
            unread.ReadAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }
}
