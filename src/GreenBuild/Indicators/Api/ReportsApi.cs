using System.Security.Claims;
using System.Text.Json;
using GreenBuild.Indicators.Import;
using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Indicators.Api;

/// <summary>Reporting periods, city reports (draft, submit, review), the Excel template and the Excel upload.</summary>
internal static class ReportsApi
{
    public sealed record NewPeriod(int Year, int? Quarter);

    public sealed record ValueDto(string Indicator, JsonElement Value, string? Unit);

    public sealed record ReportBody(Guid PeriodId, string CityCode, IReadOnlyList<ValueDto>? Values, bool Submit);

    public sealed record ReturnBody(string? Reason);

    public sealed record PeriodDto(Guid Id, int Year, int? Quarter, string Label, bool IsOpen);

    public sealed record ReportDto(Guid Id, Guid PeriodId, string CityCode, ReportStatus Status, string? ReturnReason, string EnteredBy,
        DateTime UpdatedAtUtc, string? SubmittedBy, string? ReviewedBy, DateTime? ReviewedAtUtc, bool IsDemo, IReadOnlyDictionary<string, decimal> Values);

    public const string ReportScope = "indicators:report";

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/indicators").WithTags("Indicator reports");
        group.MapGet("/periods", async (GreenBuildDb db, CancellationToken ct) => TypedResults.Ok(
                (await db.Set<ReportingPeriod>().AsNoTracking().ToListAsync(ct)).OrderBy(p => p.Year).ThenBy(p => p.Quarter)
                .Select(p => new PeriodDto(p.Id, p.Year, p.Quarter, p.Label, p.IsOpen)).ToList()))
            .RequireAuthorization(Policies.SignedIn).WithName("ListReportingPeriods").WithSummary("Reporting periods (years, and quarters where configured)");
        group.MapPost("/periods", async (NewPeriod body, ManageReportingPeriods periods, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                Result(await periods.OpenAsync(body.Year, body.Quarter, ct), p => new PeriodDto(p.Id, p.Year, p.Quarter, p.Label, p.IsOpen), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("OpenReportingPeriod").WithSummary("Opens (or reopens) a reporting period");
        group.MapPost("/periods/{id}/close", async (Guid id, ManageReportingPeriods periods, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                Result(await periods.CloseAsync(id, ct), p => new PeriodDto(p.Id, p.Year, p.Quarter, p.Label, p.IsOpen), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("CloseReportingPeriod").WithSummary("Closes a period: it refuses reports from then on");

        group.MapGet("/reports", async (Guid? period, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                var query = DataScope.Of(user).WithinCity(db.Set<CityReport>().AsNoTracking().Include(r => r.Values), r => r.CityCode);
                if (period is { } p)
                {
                    query = query.Where(r => r.PeriodId == p);
                }

                return TypedResults.Ok((await query.ToListAsync(ct)).OrderBy(r => r.CityCode).Select(ToDto).ToList());
            })
            .RequireAuthorization(Policies.SignedIn).WithName("ListCityReports").WithSummary("City reports within the caller's scope");
        group.MapGet("/reports/{id}", async Task<IResult> (Guid id, ClaimsPrincipal user, GreenBuildDb db, IAuthorizationService authorization, CancellationToken ct) =>
            {
                var report = await db.Set<CityReport>().AsNoTracking().Include(r => r.Values).FirstOrDefaultAsync(r => r.Id == id, ct);
                return report is null || !(await authorization.AuthorizeAsync(user, report, Policies.OwnCity)).Succeeded
                    ? TypedResults.NotFound() : TypedResults.Ok(ToDto(report));
            })
            .RequireAuthorization(Policies.SignedIn).WithName("GetCityReport").WithSummary("One city report with its values");
        group.MapPost("/reports", async (ReportBody body, ClaimsPrincipal user, SaveCityReport save, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var entries = (body.Values ?? []).Select(v => new ValueEntry(v.Indicator, AsText(v.Value), v.Unit)).ToList();
                return Result(await save.RunAsync(DataScope.Of(user), body.PeriodId, body.CityCode ?? "", entries, body.Submit, cancellationToken: ct), ToDto, text);
            })
            .RequireAuthorization(Policies.Officials).WithMetadata(new ApiScopeAttribute(ReportScope)).WithName("SaveCityReport")
            .WithSummary("Saves a city's report as a draft or submits it (API keys need the indicators:report scope)");
        group.MapPost("/reports/{id}/approve", async (Guid id, ReviewCityReport review, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                Result(await review.RunAsync(id, true, null, ct), ToDto, text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("ApproveCityReport").WithSummary("通过: approves a submitted report; it is locked from then on");
        group.MapPost("/reports/{id}/return", async (Guid id, ReturnBody body, ReviewCityReport review, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                Result(await review.RunAsync(id, false, body.Reason, ct), ToDto, text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("ReturnCityReport").WithSummary("退回: returns a submitted report to the city with a reason");

        group.MapGet("/reports/template", async Task<IResult> (Guid period, ClaimsPrincipal user, ReportTemplate template, CancellationToken ct) =>
                await template.BuildAsync(period, DataScope.Of(user), ct) is { } bytes
                    ? TypedResults.File(bytes, ReportTemplate.ContentType, $"indicators-{period}.xlsx") : TypedResults.NotFound())
            .RequireAuthorization(Policies.Officials).WithName("CityReportTemplate").WithSummary("The Excel template of a period for the caller's cities");
        group.MapPost("/reports/import", async (Guid? period, HttpRequest request, ClaimsPrincipal user, ImportCityReports import, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                var outcome = await import.RunAsync(period ?? Guid.Empty, buffer.ToArray(), DataScope.Of(user), ct);
                return outcome.Succeeded ? (IResult)TypedResults.Ok(new { imported = outcome.Value }) : IndicatorProblems.Validation(text, outcome.Errors);
            })
            .RequireAuthorization(Policies.Officials).WithMetadata(new ApiScopeAttribute(ReportScope)).WithName("ImportCityReports")
            .WithSummary("Uploads the filled Excel template (request body: the .xlsx file); all rows or none are saved as drafts");
        return api;
    }

    internal static ReportDto ToDto(CityReport r) => new(r.Id, r.PeriodId, r.CityCode, r.Status, r.ReturnReason, r.EnteredBy, r.UpdatedAtUtc,
        r.SubmittedBy, r.ReviewedBy, r.ReviewedAtUtc, r.IsDemo, r.Values.ToDictionary(v => v.IndicatorCode, v => v.Value));

    private static IResult Result<T, TDto>(Platform.Accounts.Outcome<T> outcome, Func<T, TDto> map, IStringLocalizer text) =>
        outcome.Succeeded ? TypedResults.Ok(map(outcome.Value!)) : IndicatorProblems.Validation(text, outcome.Errors);

    /// <summary>Numbers and strings are checked as text, so a wrong type becomes an error naming the indicator, not a 400 without one.</summary>
    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
