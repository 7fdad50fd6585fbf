using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Api;

/// <summary>
/// 公告与复核 — anyone, no sign-in: announced tasks with their lists (canonical text and SHA-256), sources and draws,
/// and the re-verification of every stored draw.
/// </summary>
internal static class PublicTasksApi
{
    public sealed record PublicListDto(Guid Id, TaskListKind Kind, string Stratum, int Size, int DrawCount, string Sha256, string Candidates);

    public static RouteGroupBuilder MapPublicTasksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/supervision/public/tasks").WithTags("Supervision (public)").AllowAnonymous();
        group.MapGet("/", async (GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok((await TasksApi.Tasks(db).Where(t => t.Status != InspectionTaskStatus.Draft).ToListAsync(ct))
                    .OrderByDescending(t => t.AnnouncedAtUtc).Select(TaskDto.From).ToList()))
            .WithName("ListPublishedTasks").WithSummary("Announced tasks (also superseded and drawn ones): rules, sources, digests and draws");
        group.MapGet("/{id:guid}/lists", async Task<IResult> (Guid id, GreenBuildDb db, CancellationToken ct) =>
                await TasksApi.Tasks(db).FirstOrDefaultAsync(t => t.Id == id && t.Status != InspectionTaskStatus.Draft, ct) is { } task
                    ? TypedResults.Ok(task.Lists.OrderBy(l => l.Kind).ThenBy(l => l.Stratum, StringComparer.Ordinal)
                        .Select(l => new PublicListDto(l.Id, l.Kind, l.Stratum, l.Size, l.DrawCount, l.Sha256, l.CanonicalText)).ToList())
                    : TypedResults.NotFound())
            .WithName("GetPublishedTaskLists").WithSummary("The published candidate lists of a task in canonical text (hash it: it must give the published SHA-256)");
        group.MapGet("/{id:guid}/verification", async Task<IResult> (Guid id, GreenBuildDb db, CancellationToken ct) =>
                await TasksApi.Tasks(db).FirstOrDefaultAsync(t => t.Id == id && t.Status != InspectionTaskStatus.Draft, ct) is { } task
                    ? TypedResults.Ok(VerifyTaskDraws.Check(task).Select(TasksApi.ToDto).ToList())
                    : TypedResults.NotFound())
            .WithName("VerifyTaskDraws").WithSummary("Recomputes every stored draw of the task from its published inputs: digest and selection must match");
        return api;
    }
}
