using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Api;

/// <summary>Imports by API: upload the file as the request body, poll its progress and report, then commit or cancel.</summary>
internal static class ProjectImportsApi
{
    public static RouteGroupBuilder MapProjectImportsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/imports", async Task<Results<Accepted<ImportDto>, ValidationProblem>> (string? fileName, HttpRequest request, ClaimsPrincipal user,
                ProjectImportSessions sessions, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                var outcome = await sessions.UploadAsync(user, fileName, buffer.ToArray(), ct);
                return outcome.Succeeded ? TypedResults.Accepted($"/api/v1/projects/imports/{outcome.Value!.Id}", outcome.Value) : Problems.Validation(text, outcome.Errors);
            })
            .WithMetadata(new ApiScopeAttribute(ProjectsApi.WriteScope), new RequestSizeLimitAttribute(ImportProjects.MaxFileBytes + 1024))
            .WithName("UploadProjectImport").WithSummary("Uploads a project file (request body: .xlsx of the template, or CSV in UTF-8/GBK); it is checked in the background, nothing is saved until commit");
        group.MapGet("/imports", async (ClaimsPrincipal user, ProjectImportSessions sessions, CancellationToken ct) => TypedResults.Ok(await sessions.ListAsync(user, ct)))
            .WithName("ListProjectImports").WithSummary("The caller's latest imports (the province: everyone's)");
        group.MapGet("/imports/{id:guid}", async Task<Results<Ok<ImportDto>, NotFound>> (Guid id, ClaimsPrincipal user, ProjectImportSessions sessions, CancellationToken ct) =>
                await sessions.GetAsync(user, id, ct) is { } import ? TypedResults.Ok(import) : TypedResults.NotFound())
            .WithName("GetProjectImport").WithSummary("An import's status, progress (percent, phase) and report: every error with row, column, value and message, every finding");
        group.MapPost("/imports/{id:guid}/commit", async Task<Results<Accepted<ImportDto>, ValidationProblem>> (Guid id, ClaimsPrincipal user, ProjectImportSessions sessions, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Answer(await sessions.CommitAsync(user, id, ct), text))
            .WithMetadata(new ApiScopeAttribute(ProjectsApi.WriteScope))
            .WithName("CommitProjectImport").WithSummary("Writes a checked import without errors, all rows or none");
        group.MapPost("/imports/{id:guid}/cancel", async Task<Results<Accepted<ImportDto>, ValidationProblem>> (Guid id, ClaimsPrincipal user, ProjectImportSessions sessions, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Answer(await sessions.CancelAsync(user, id, ct), text))
            .WithMetadata(new ApiScopeAttribute(ProjectsApi.WriteScope))
            .WithName("CancelProjectImport").WithSummary("Stops a running import (nothing is kept) or discards a checked one");
        return group;
    }

    private static Results<Accepted<ImportDto>, ValidationProblem> Answer(Outcome<ImportDto> outcome, IStringLocalizer text) =>
        outcome.Succeeded ? TypedResults.Accepted($"/api/v1/projects/imports/{outcome.Value!.Id}", outcome.Value) : Problems.Validation(text, outcome.Errors);
}
