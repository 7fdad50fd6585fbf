using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Import;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Api;

/// <summary>The directories' Excel template and upload (request body: the .xlsx file); all rows or none.</summary>
internal static class DirectoryImportApi
{
    public static RouteGroupBuilder MapDirectoryImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/supervision/directory").WithTags("Supervision directories").RequireAuthorization(Policies.Officials);
        group.MapGet("/template", (DirectorySheet sheet) => TypedResults.File(ImportDirectory.Template(sheet), ImportDirectory.ContentType, $"supervision-{sheet.ToString().ToLowerInvariant()}.xlsx"))
            .WithName("DirectoryTemplate").WithSummary("The Excel template of a directory (Inspectors, Products, Buildings)");
        group.MapPost("/import", async (DirectorySheet sheet, HttpRequest request, ClaimsPrincipal user, ImportDirectory import, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                var outcome = await import.RunAsync(DataScope.Of(user), sheet, buffer.ToArray(), ct);
                return outcome.Succeeded ? (IResult)TypedResults.Ok(new { imported = outcome.Value }) : SupervisionProblems.Validation(text, outcome.Errors);
            })
            .WithName("ImportDirectory").WithSummary("Imports the filled template: every row checked first, errors by row and column, nothing saved unless all are valid; re-running changes nothing");
        return api;
    }
}
