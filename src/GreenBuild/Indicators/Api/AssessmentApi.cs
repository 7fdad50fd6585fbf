using GreenBuild.Indicators.Assessment;
using GreenBuild.Indicators.Import;
using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Indicators.Api;

/// <summary>The annual city assessment: versioned schemes, runs for a year, publication (frozen) and Excel export. Province only.</summary>
internal static class AssessmentApi
{
    public sealed record SchemeBody(string Name, IReadOnlyList<SaveAssessmentScheme.Item>? Items);

    public sealed record RunBody(Guid SchemeId, int Year);

    public sealed record SchemeDto(Guid Id, string Name, int Version, string CreatedBy, DateTime CreatedAtUtc, IReadOnlyList<SaveAssessmentScheme.Item> Items);

    public sealed record RunDto(Guid Id, Guid SchemeId, int Year, bool IsPublished, string RunBy, DateTime RunAtUtc, string? PublishedBy, DateTime? PublishedAtUtc, AssessmentResult Result);

    public static RouteGroupBuilder MapAssessmentApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/indicators/assessment").WithTags("Indicator assessment").RequireAuthorization(Policies.ProvinceOnly);
        group.MapGet("/schemes", async (GreenBuildDb db, CancellationToken ct) => TypedResults.Ok(
                (await db.Set<AssessmentScheme>().AsNoTracking().Include(s => s.Items).ToListAsync(ct)).OrderBy(s => s.Name).ThenByDescending(s => s.Version).Select(ToDto).ToList()))
            .WithName("ListAssessmentSchemes").WithSummary("Assessment schemes, every version");
        group.MapPost("/schemes", async (SchemeBody body, SaveAssessmentScheme save, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var outcome = await save.RunAsync(body.Name ?? "", body.Items ?? [], ct);
                return outcome.Succeeded ? (IResult)TypedResults.Ok(ToDto(outcome.Value!)) : IndicatorProblems.Validation(text, outcome.Errors);
            })
            .WithName("SaveAssessmentScheme").WithSummary("Saves a scheme as a new version (weights must sum to 100)");
        group.MapGet("/runs", async (GreenBuildDb db, CancellationToken ct) => TypedResults.Ok(
                (await db.Set<AssessmentRun>().AsNoTracking().ToListAsync(ct)).OrderByDescending(r => r.Year).Select(ToDto).ToList()))
            .WithName("ListAssessmentRuns").WithSummary("Assessment results, draft and published");
        group.MapPost("/runs", async (RunBody body, RunAssessment run, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var outcome = await run.RunAsync(body.SchemeId, body.Year, ct);
                return outcome.Succeeded ? (IResult)TypedResults.Ok(ToDto(outcome.Value!)) : IndicatorProblems.Validation(text, outcome.Errors);
            })
            .WithName("RunAssessment").WithSummary("Runs a scheme for a year: a ranked table with each city's breakdown");
        group.MapPost("/runs/{id}/publish", async (Guid id, RunAssessment run, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var outcome = await run.PublishAsync(id, ct);
                return outcome.Succeeded ? (IResult)TypedResults.Ok(ToDto(outcome.Value!)) : IndicatorProblems.Validation(text, outcome.Errors);
            })
            .WithName("PublishAssessment").WithSummary("Publishes a result; it is frozen from then on");
        group.MapGet("/runs/{id}/export", async Task<IResult> (Guid id, string? city, GreenBuildDb db, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var run = await db.Set<AssessmentRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
                if (run is null)
                {
                    return TypedResults.NotFound();
                }

                var names = await db.Set<Indicator>().AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.NameZh, ct);
                var bytes = ExportAssessment.Build(RunAssessment.ResultOf(run), names, text, city);
                return TypedResults.File(bytes, ReportTemplate.ContentType, $"assessment-{run.Year}{(city is null ? "" : "-" + city)}.xlsx");
            })
            .WithName("ExportAssessment").WithSummary("The result as Excel: the ranking and breakdown, or one city's report (?city=)");
        return api;
    }

    internal static SchemeDto ToDto(AssessmentScheme s) => new(s.Id, s.Name, s.Version, s.CreatedBy, s.CreatedAtUtc,
        [.. s.Items.Select(i => new SaveAssessmentScheme.Item(i.IndicatorCode, i.Weight, i.Rule, i.Thresholds))]);

    internal static RunDto ToDto(AssessmentRun r) => new(r.Id, r.SchemeId, r.Year, r.IsPublished, r.RunBy, r.RunAtUtc, r.PublishedBy, r.PublishedAtUtc, RunAssessment.ResultOf(r));
}
