using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Api;

/// <summary>Inspection tasks: draft, announce (frozen), new version, enter sources, draw, verify — by the province or a city within its scope.</summary>
internal static class TasksApi
{
    public sealed record SourceValueBody(string? Values);

    public sealed record VerificationDto(int Sequence, string? ForObject, string Sha256, bool DigestMatches, bool SelectionMatches, IReadOnlyList<string> Errors, string Candidates, int Count, IReadOnlyList<string> Sources, string Avoid);

    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/supervision/tasks").WithTags("Supervision tasks").RequireAuthorization(Policies.Officials);
        group.MapGet("/", async (ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                var tasks = await DataScope.Of(user).WithinCity(Tasks(db), t => t.CityCode).ToListAsync(ct);
                return TypedResults.Ok(tasks.OrderBy(t => t.Code, StringComparer.Ordinal).ThenBy(t => t.Version).Select(TaskDto.From).ToList());
            })
            .WithName("ListInspectionTasks").WithSummary("Inspection tasks within the caller's scope (the province's, or the city's own)");
        group.MapGet("/{id:guid}", async Task<IResult> (Guid id, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                await Tasks(db).FirstOrDefaultAsync(t => t.Id == id, ct) is { } task && DataScope.Of(user).CanSeeCity(task.CityCode)
                    ? TypedResults.Ok(TaskDto.From(task)) : TypedResults.NotFound())
            .WithName("GetInspectionTask").WithSummary("One task with its sources, published lists and draws");
        group.MapPost("/", async (TaskInput body, ClaimsPrincipal user, SaveTask save, IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await save.CreateAsync(DataScope.Of(user), body, ct: ct), TaskDto.From, text))
            .WithName("CreateInspectionTask").WithSummary("Creates a draft task (scope, sampling, stratification, avoidance rules, draw time, named random sources)");
        group.MapPut("/{id:guid}", async (Guid id, TaskInput body, ClaimsPrincipal user, SaveTask save, IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await save.UpdateAsync(DataScope.Of(user), id, body, ct), TaskDto.From, text))
            .WithName("UpdateInspectionTask").WithSummary("Changes a draft; an announced task is frozen (400) — make a new version instead");
        group.MapPost("/{id:guid}/announce", async (Guid id, ClaimsPrincipal user, AnnounceTask announce, IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await announce.RunAsync(DataScope.Of(user), id, ct), TaskDto.From, text))
            .WithName("AnnounceInspectionTask").WithSummary("公告: publishes the candidate lists with their SHA-256 and the named sources; freezes the task");
        group.MapPost("/{id:guid}/versions", async (Guid id, ClaimsPrincipal user, SaveTask save, IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await save.NewVersionAsync(DataScope.Of(user), id, ct), TaskDto.From, text))
            .WithName("NewInspectionTaskVersion").WithSummary("A draft new version of an announced task; announcing it supersedes the old one");
        group.MapPost("/{id:guid}/sources/{position:int}", async (Guid id, int position, SourceValueBody body, ClaimsPrincipal user, RecordSourceValue record,
                    IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await record.RunAsync(DataScope.Of(user), id, position, body.Values ?? "", ct),
                    s => new TaskDto.Source(s.Position, s.Name, s.Description, s.Values, s.EnteredAtUtc), text))
            .WithName("RecordTaskSourceValue").WithSummary("Enters the published values of a named source (once: other values later are refused)");
        group.MapPost("/{id:guid}/draw", async (Guid id, ClaimsPrincipal user, RunTaskDraw draw, IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await draw.RunAsync(DataScope.Of(user), id, ct), TaskDto.From, text))
            .WithName("DrawInspectionTask").WithSummary("抽取: draws objects and inspectors (RFC 3797, avoidance by skipping) and creates the inspections");
        return api;
    }

    internal static IQueryable<InspectionTask> Tasks(GreenBuildDb db) =>
        db.Set<InspectionTask>().AsNoTracking().Include(t => t.Sources).Include(t => t.Lists).Include(t => t.Draws).AsSplitQuery();

    internal static VerificationDto ToDto(StoredDrawCheck check) => new(
        check.Draw.Sequence, check.Draw.ForObject, check.Verification?.Result.List.Sha256 ?? "", check.Verification?.DigestMatches == true, check.SelectionMatches,
        [.. check.Errors.Select(e => e.Code)], check.Inputs.Candidates, check.Inputs.Count, check.Inputs.Sources, check.Inputs.Avoid ?? "");
}
