using System.Security.Claims;
using GreenBuild.Labels.Certificates;
using GreenBuild.Labels.Contracts;
using GreenBuild.Labels.Export;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static GreenBuild.Labels.Api.ApplicationsApi;

namespace GreenBuild.Labels.Api;

/// <summary>Decision, certificates (list, PDF), re-checks, the operation-data link, the three-star package and the counts.</summary>
internal static class CertificatesApi
{
    public sealed record DecisionBody(bool Grant, string? Reason);

    public sealed record MonitoringBody(string? BuildingCode);

    /// <summary>The certificate's operation data: the linked monitoring building's annual figures, none when not linked.</summary>
    public sealed record OperationDto(string? BuildingCode, GreenBuild.Energy.Contracts.AnnualEnergyFigures? Figures);

    public sealed record DecisionDto(LabelDtos.ApplicationSummary Application, LabelDtos.CertificateDto? Certificate);

    public sealed record CountsDto(LabelTally OneStar, LabelTally TwoStar, LabelTally ThreeStar, LabelShare OneStarOrAbove);

    public static RouteGroupBuilder MapCertificatesApi(this RouteGroupBuilder labels)
    {
        labels.MapPost("/applications/{id:guid}/decision", async Task<Results<Ok<DecisionDto>, ValidationProblem, NotFound>> (Guid id, DecisionBody body, ClaimsPrincipal user, DecideApplication decide, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await decide.RunAsync(LabelActor.Of(user), id, body.Grant, body.Reason, ct),
                    d => new DecisionDto(LabelDtos.Summary(d.Application), d.Certificate is null ? null : LabelDtos.Certificate(d.Certificate, true)), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("DecideLabelApplication")
            .WithSummary("认定: grants the noticed level after the notice (certificate; 三星 recommended upward) or refuses with reasons");
        labels.MapGet("/applications/{id:guid}/package", async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> (Guid id, ClaimsPrincipal user, ExportRecommendationPackage export, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                var outcome = await export.RunAsync(LabelActor.Of(user), id, ct);
                return outcome.Succeeded ? TypedResults.File(outcome.Value.Zip, ExportRecommendationPackage.ContentType, outcome.Value.FileName)
                    : outcome.Errors.Any(e => e.Code == "labels.notfound") ? TypedResults.NotFound() : LabelProblems.Validation(text, outcome.Errors);
            })
            .RequireAuthorization(Policies.ProvinceOnly).WithName("ExportLabelPackage")
            .WithSummary("The recommendation package (zip: application.json, application.xlsx, evidence files) for the national level");

        labels.MapGet("/certificates", async (ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok((await Visible(db, LabelActor.Of(user)).ToListAsync(ct)).OrderByDescending(c => c.IssuedAtUtc).Select(c => LabelDtos.Certificate(c, true)).ToList()))
            .RequireAuthorization(LabelRoles.Holders).WithName("ListLabelCertificates").WithSummary("Certificates within scope (the province all, a city its own, an applicant its own)");
        labels.MapGet("/certificates/{id:guid}", async Task<Results<Ok<LabelDtos.CertificateDto>, NotFound>> (Guid id, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                await Visible(db, LabelActor.Of(user)).FirstOrDefaultAsync(c => c.Id == id, ct) is { } c ? TypedResults.Ok(LabelDtos.Certificate(c, true)) : TypedResults.NotFound())
            .RequireAuthorization(LabelRoles.Holders).WithName("GetLabelCertificate").WithSummary("One certificate with its verification code");
        labels.MapGet("/certificates/{id:guid}/pdf", async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> (Guid id, ClaimsPrincipal user, HttpRequest request, GreenBuildDb db, CertificatePdf pdf, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                if (await Visible(db, LabelActor.Of(user)).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } certificate)
                {
                    return TypedResults.NotFound();
                }

                var rendered = pdf.Render(certificate, VerifyUrl(request, certificate));
                return rendered.Succeeded ? TypedResults.File(rendered.Value!, "application/pdf", $"{certificate.Number}.pdf") : LabelProblems.Validation(text, rendered.Errors);
            })
            .RequireAuthorization(LabelRoles.Holders).WithName("LabelCertificatePdf").WithSummary("The printable certificate (PDF) with its verification code");
        labels.MapPost("/certificates/{id:guid}/recheck", async Task<Results<Ok<LabelDtos.CertificateDto>, ValidationProblem, NotFound>> (Guid id, RecheckInput body, ClaimsPrincipal user, RecordRecheck recheck, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await recheck.RunAsync(LabelActor.Of(user), id, body, ct), c => LabelDtos.Certificate(c, true), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("RecheckLabelCertificate").WithSummary("复查: passed, downgraded or revoked with reasons; the registry's green level follows");
        labels.MapPost("/certificates/{id:guid}/monitoring", async Task<Results<Ok<LabelDtos.CertificateDto>, ValidationProblem, NotFound>> (Guid id, MonitoringBody body, ClaimsPrincipal user, LinkOperationData link, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await link.RunAsync(LabelActor.Of(user), id, body.BuildingCode, ct), c => LabelDtos.Certificate(c, true), text))
            .RequireAuthorization(LabelRoles.Holders).WithName("LinkLabelMonitoring").WithSummary("Links the certified building to its monitoring building code (operation data)");
        labels.MapGet("/certificates/{id:guid}/operation", async Task<Results<Ok<OperationDto>, NotFound>> (Guid id, int? year, ClaimsPrincipal user, GreenBuildDb db, OperationData operation, CancellationToken ct) =>
                await Visible(db, LabelActor.Of(user)).FirstOrDefaultAsync(c => c.Id == id, ct) is { } c
                    ? TypedResults.Ok(new OperationDto(c.MonitoringBuildingCode, await operation.ForAsync(c, year, ct))) : TypedResults.NotFound())
            .RequireAuthorization(LabelRoles.Holders).WithName("LabelCertificateOperation")
            .WithSummary("运行数据: the linked monitoring building's annual figures (energy by carrier, EUI, quota, surcharge) from energy monitoring");
        labels.MapPost("/rechecks/schedule", async (ScheduleRechecks schedule, CancellationToken ct) => TypedResults.Ok(new { opened = await schedule.RunAsync(ct) }))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("ScheduleLabelRechecks").WithSummary("Opens the re-checks that are due now (the hourly scheduler does the same)");
        labels.MapGet("/rechecks", async (ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                var certificates = Visible(db, LabelActor.Of(user)).Select(c => c.Id);
                return TypedResults.Ok(await db.Set<Recheck>().AsNoTracking().Where(r => certificates.Contains(r.CertificateId)).ToListAsync(ct));
            })
            .RequireAuthorization(LabelRoles.Holders).WithName("ListLabelRechecks").WithSummary("Re-checks (open and done) of the certificates within scope");
        labels.MapGet("/statistics", async (string? city, int? year, ILabelIndicators indicators, CancellationToken ct) =>
            {
                var query = new LabelQuery(city, year);
                return TypedResults.Ok(new CountsDto(await indicators.OneStarAsync(query, ct), await indicators.TwoStarAsync(query, ct),
                    await indicators.ThreeStarAsync(query, ct), await indicators.OneStarOrAboveShareAsync(query, ct)));
            })
            .RequireAuthorization(Policies.Officials).WithName("LabelStatistics").WithSummary("The counts the indicators read: 一星/二星/三星 counts and areas and the ≥一星 share, with the records counted");
        return labels;
    }

    internal static IQueryable<Certificate> Visible(GreenBuildDb db, LabelActor actor)
    {
        var certificates = db.Set<Certificate>().AsNoTracking();
        return actor.IsProvince ? certificates
            : actor.IsCityOfficer ? actor.Scope.WithinCity(certificates, c => c.CityCode)
            : actor.IsApplicant && actor.Scope.OrganizationId is { } org ? certificates.Where(c => c.OrganizationId == org)
            : certificates.Where(_ => false);
    }

    internal static string VerifyUrl(HttpRequest request, Certificate certificate) =>
        $"{request.Scheme}://{request.Host}/open/labels/verify?number={Uri.EscapeDataString(certificate.Number)}";
}
