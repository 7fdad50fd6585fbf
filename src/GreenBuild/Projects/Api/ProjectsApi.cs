using System.Security.Claims;
using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Model;
using Microsoft.AspNetCore.Authorization;
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
    public sealed record CheckDto(Guid Id, ProjectStage Stage, string RuleSetVersion, DateOnly DesignReviewDate, DateTime CheckedAtUtc,
        int MandatoryFindings, int AdvisoryFindings, string? OverrideReason, JsonElement Findings);

    public sealed record SavedDto(Project Project, CheckDto Check);

    private static readonly AuthorizeAttribute RegistryRoles = new() { Roles = $"{Roles.ProvinceAdmin},{Roles.ProvinceOfficer},{Roles.CityOfficer},{Roles.Applicant}" };

    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Projects").RequireAuthorization(RegistryRoles);
        group.MapGet("/", async (ClaimsPrincipal user, GreenBuildDb db, string? city, ProjectStage? stage, int? page, CancellationToken ct) =>
            {
                var query = Visible(db, DataScope.Of(user));
                if (!string.IsNullOrEmpty(city))
                {
                    // A prefecture code selects its counties too.
                    var prefix = city.Length == 6 && city.EndsWith("00", StringComparison.Ordinal) ? city[..4] : city;
                    query = query.Where(p => p.CityCode.StartsWith(prefix));
                }

                if (stage is { } s)
                {
                    query = query.Where(p => p.Stage == s);
                }

                var size = 50;
                return TypedResults.Ok(await query.OrderBy(p => p.Code).Skip((Math.Max(1, page ?? 1) - 1) * size).Take(size).ToListAsync(ct));
            })
            .WithName("ListProjects").WithSummary("Projects within the caller's scope, filtered by city and stage, 50 a page");
        group.MapGet("/{id:guid}", async Task<Results<Ok<Project>, NotFound>> (Guid id, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                await Visible(db, DataScope.Of(user)).FirstOrDefaultAsync(p => p.Id == id, ct) is { } project ? TypedResults.Ok(project) : TypedResults.NotFound())
            .WithName("GetProject").WithSummary("One project, if it is within the caller's scope");
        group.MapGet("/{id:guid}/checks", async Task<Results<Ok<List<CheckDto>>, NotFound>> (Guid id, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                if (!await Visible(db, DataScope.Of(user)).AnyAsync(p => p.Id == id, ct))
                {
                    return TypedResults.NotFound();
                }

                var checks = await db.Set<ProjectCheckRecord>().AsNoTracking().Where(c => c.ProjectId == id).OrderByDescending(c => c.CheckedAtUtc).ToListAsync(ct);
                return TypedResults.Ok(checks.Select(ToDto).ToList());
            })
            .WithName("ProjectChecks").WithSummary("Every check of a project with the rule-set version it used and its findings");
        group.MapPost("/", async Task<Results<Ok<SavedDto>, ValidationProblem>> (ProjectInput body, ClaimsPrincipal user, SaveProject save, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                var outcome = await save.RunAsync(DataScope.Of(user), body, ct);
                return outcome.Succeeded
                    ? TypedResults.Ok(new SavedDto(outcome.Value!.Project, ToDto(outcome.Value.Check)))
                    : Problems.Validation(text, outcome.Errors);
            })
            .WithMetadata(new ApiScopeAttribute("projects:write"))
            .WithName("SaveProject").WithSummary("Creates or updates a project by its code and checks it against the current rule set; a move to a later stage with 强制 findings is refused unless the province gives an override reason");
        return api;
    }

    private static IQueryable<Project> Visible(GreenBuildDb db, DataScope scope)
    {
        var projects = db.Set<Project>().AsNoTracking();
        return scope.IsProvince ? projects
            : scope.CityCode is not null ? scope.WithinCity(projects, p => p.CityCode)
            : scope.WithinOrganization(projects, p => p.OrganizationId);
    }

    private static CheckDto ToDto(ProjectCheckRecord c)
    {
        using var findings = JsonDocument.Parse(c.Findings);
        return new CheckDto(c.Id, c.Stage, c.RuleSetVersion, c.DesignReviewDate, c.CheckedAtUtc, c.MandatoryFindings, c.AdvisoryFindings, c.OverrideReason, findings.RootElement.Clone());
    }
}
