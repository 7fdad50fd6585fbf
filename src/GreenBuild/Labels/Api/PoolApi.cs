using System.Security.Claims;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static GreenBuild.Labels.Api.ApplicationsApi;

namespace GreenBuild.Labels.Api;

/// <summary>The expert pool (the province keeps it) and each user's notifications.</summary>
internal static class PoolApi
{
    public static RouteGroupBuilder MapPoolApi(this RouteGroupBuilder labels)
    {
        labels.MapGet("/experts", async (GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.Set<Expert>().AsNoTracking().ToListAsync(ct)).OrderBy(e => e.Code, StringComparer.Ordinal)
                    .Select(e => new LabelDtos.ExpertDto(e.Id, e.Code, e.Name, e.UserId, e.OrganizationId, e.Specialty, e.IsActive, e.InvolvedProjectCodes)).ToList()))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("ListLabelExperts").WithSummary("The expert pool");
        labels.MapPost("/experts", async Task<Results<Ok<LabelDtos.ExpertDto>, ValidationProblem, NotFound>> (ExpertInput body, SaveExpert save, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await save.RunAsync(body, ct), e => new LabelDtos.ExpertDto(e.Id, e.Code, e.Name, e.UserId, e.OrganizationId, e.Specialty, e.IsActive, e.InvolvedProjectCodes), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("SaveLabelExpert").WithSummary("Adds or updates a pool entry (by code) for an expert account: specialty, involvement, active");

        labels.MapGet("/notifications", async (ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                var userId = LabelActor.Of(user).UserId;
                var list = await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId && n.Module == "labels").ToListAsync(ct);
                return TypedResults.Ok(list.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(200)
                    .Select(n => new LabelDtos.NotificationDto(n.Id, n.Subject, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc, n.EmailStatus)).ToList());
            })
            .RequireAuthorization(Policies.SignedIn).WithName("ListLabelNotifications").WithSummary("The caller's label notifications, newest first");
        labels.MapPost("/notifications/{id:guid}/read", async Task<Results<NoContent, NotFound>> (Guid id, ClaimsPrincipal user, GreenBuildDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var userId = LabelActor.Of(user).UserId;
                var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId && n.Module == "labels", ct);
                if (notification is null)
                {
                    return TypedResults.NotFound();
                }

                notification.ReadAtUtc ??= clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.SignedIn).WithName("ReadLabelNotification").WithSummary("Marks a notification read");
        return labels;
    }
}
