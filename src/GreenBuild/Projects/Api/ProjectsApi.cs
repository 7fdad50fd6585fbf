using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Import;
using GreenBuild.Projects.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Api;

/// <summary>
/// The registry's API: the province sees every project, a city officer its city's, an applicant its own
/// organization's; anything else is 404, as if it did not exist.
/// </summary>
internal static class ProjectsApi
{
    public const string WriteScope = "projects:write";

    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Projects").RequireAuthorization(ProjectsModule.RegistryPolicy);
        group.MapGet("/", async ([AsParameters] ProjectQuery query, int? page, int? pageSize, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                var size = Math.Clamp(pageSize ?? 50, 1, 500);
                var number = Math.Max(1, page ?? 1);
                var filtered = query.Apply(db, DataScope.Of(user));
                var total = await filtered.CountAsync(ct);
                var items = await filtered.OrderBy(p => p.Code).Skip((number - 1) * size).Take(size)
                    .Select(p => new ProjectRowDto(p.Id, p.Code, p.Name, p.CityCode, p.Stage, p.BuildingType, p.Funding, p.FloorAreaAbove + p.FloorAreaBelow,
                        p.GreenLevel, p.DesignReviewDate, p.MandatoryFindings, p.AdvisoryFindings))
                    .ToListAsync(ct);
                return TypedResults.Ok(new ProjectPageDto(items, total, number, size));
            })
            .WithName("ListProjects").WithSummary("Projects within the caller's scope: filters (city, stage, type, funding, green level, review year, 强制 findings, text), paged");
        group.MapGet("/{id:guid}", async Task<Results<Ok<Project>, NotFound>> (Guid id, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                await ProjectQuery.Visible(db, DataScope.Of(user)).FirstOrDefaultAsync(p => p.Id == id, ct) is { } project ? TypedResults.Ok(project) : TypedResults.NotFound())
            .WithName("GetProject").WithSummary("One project, if it is within the caller's scope");
        group.MapGet("/{id:guid}/checks", async Task<Results<Ok<List<CheckDto>>, NotFound>> (Guid id, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                if (!await ProjectQuery.Visible(db, DataScope.Of(user)).AnyAsync(p => p.Id == id, ct))
                {
                    return TypedResults.NotFound();
                }

                var checks = await db.Set<ProjectCheckRecord>().AsNoTracking().Where(c => c.ProjectId == id).ToListAsync(ct);
                return TypedResults.Ok(checks.OrderByDescending(c => c.CheckedAtUtc).ThenByDescending(c => c.Id).Select(CheckDto.Of).ToList());
            })
            .WithName("ProjectChecks").WithSummary("Every check of a project with the rule-set version it used and its findings");
        group.MapGet("/{id:guid}/stages", async Task<Results<Ok<List<StageRecordDto>>, NotFound>> (Guid id, ClaimsPrincipal user, ReadProjectStages stages, CancellationToken ct) =>
                await stages.RecordsAsync(DataScope.Of(user), id, ct) is { } records ? TypedResults.Ok(records) : TypedResults.NotFound())
            .WithName("ProjectStages").WithSummary("The project as it stood at each stage it passed, and as it stands now");
        group.MapGet("/{id:guid}/compare", async Task<Results<Ok<StageComparisonDto>, NotFound>> (Guid id, ProjectStage from, ProjectStage to, ClaimsPrincipal user, ReadProjectStages stages, CancellationToken ct) =>
                await stages.CompareAsync(DataScope.Of(user), id, from, to, ct) is { } comparison ? TypedResults.Ok(comparison) : TypedResults.NotFound())
            .WithName("CompareProjectStages").WithSummary("Two stages' records field by field, e.g. what 施工图审查 approved against what 竣工验收 accepted");
        group.MapPost("/", async Task<Results<Ok<SavedDto>, ValidationProblem>> (ProjectInput body, ClaimsPrincipal user, SaveProject save, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                var outcome = await save.RunAsync(DataScope.Of(user), body, ct);
                return outcome.Succeeded
                    ? TypedResults.Ok(new SavedDto(outcome.Value!.Project, outcome.Value.Check is { } c ? CheckDto.Of(c) : null, outcome.Value.Changed))
                    : Problems.Validation(text, outcome.Errors);
            })
            .WithMetadata(new ApiScopeAttribute(WriteScope))
            .WithName("SaveProject").WithSummary("Creates or updates a project by its code and checks it against the current rule set; a move to a later stage with 强制 findings is refused unless the province gives an override reason");
        group.MapPost("/recheck", async ([AsParameters] ProjectQuery query, ClaimsPrincipal user, RecheckProjects recheck, CancellationToken ct) =>
                TypedResults.Ok(await recheck.RunAsync(DataScope.Of(user), query, cancellationToken: ct)))
            .RequireAuthorization(Policies.Officials).WithMetadata(new ApiScopeAttribute(WriteScope))
            .WithName("RecheckProjects").WithSummary("批量复核: checks every project of the filter against the current rule set; stores a check only where the outcome changed");
        group.MapGet("/export", async ([AsParameters] ProjectQuery query, string? format, ClaimsPrincipal user, ExportProjects export, HttpContext http, CancellationToken ct) =>
            {
                var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
                http.Response.ContentType = csv ? "text/csv; charset=utf-8" : ContentTypes.Xlsx;
                http.Response.Headers.ContentDisposition = $"attachment; filename=projects.{(csv ? "csv" : "xlsx")}";
                using var buffer = new MemoryStream();
                await export.WriteAsync(DataScope.Of(user), query, csv, buffer, ct);
                buffer.Position = 0;
                await buffer.CopyToAsync(http.Response.Body, ct);
            })
            .WithName("ExportProjects").WithSummary("The filtered list as the import template (.xlsx, default) or CSV (format=csv); re-imports unchanged");
        group.MapGet("/template", async (GreenBuildDb db, CancellationToken ct) =>
            {
                var places = await PlaceNames.LoadAsync(db, ct);
                using var buffer = new MemoryStream();
                ProjectTemplate.Write(buffer, places);
                return TypedResults.File(buffer.ToArray(), ContentTypes.Xlsx, "项目导入模板.xlsx");
            })
            .WithName("ProjectTemplate").WithSummary("The import template: one column per field, drop-down lists, a guide sheet and the place codes");
        group.MapProjectImportsApi();
        group.MapProjectAttachmentsApi();
        return api;
    }
}

/// <summary>Content types the registry serves.</summary>
internal static class ContentTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
