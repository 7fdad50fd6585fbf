using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Notifications;

/// <summary>The caller's notifications of every module (labels, supervision…): list and mark read.</summary>
internal static class NotificationsApi
{
    public sealed record NotificationDto(Guid Id, string Module, string Subject, string Body, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc, string EmailStatus);

    public static NotificationDto ToDto(Notification n) => new(n.Id, n.Module, n.Subject, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc, n.EmailStatus);

    /// <summary>The newest 200 of a user's notifications, of one module or all.</summary>
    public static async Task<IReadOnlyList<Notification>> OfUserAsync(GreenBuildDb db, string? userId, string? module, CancellationToken ct)
    {
        var query = db.Set<Notification>().Where(n => n.UserId == userId);
        query = string.IsNullOrEmpty(module) ? query : query.Where(n => n.Module == module);
        return [.. (await query.ToListAsync(ct)).OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(200)];
    }

    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", async (string? module, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok((await OfUserAsync(db, user.FindFirstValue(ClaimTypes.NameIdentifier), module, ct)).Select(ToDto).ToList()))
            .WithName("ListNotifications").WithSummary("The caller's notifications (optionally of one module: labels, supervision), newest first, with their e-mail status");
        group.MapPost("/{id:guid}/read", async Task<Results<NoContent, NotFound>> (Guid id, ClaimsPrincipal user, GreenBuildDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
                var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
                if (notification is null)
                {
                    return TypedResults.NotFound();
                }

                notification.ReadAtUtc ??= clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .WithName("ReadNotification").WithSummary("Marks one of the caller's notifications read (another user's: 404)");
        return api;
    }
}
