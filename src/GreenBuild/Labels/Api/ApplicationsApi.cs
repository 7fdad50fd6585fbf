using System.Security.Claims;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Localization;
using GreenBuild.Projects.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels.Api;

/// <summary>Applications: list and read within scope; the applicant's own drafting (self-assessment, files, submission); formal review.</summary>
internal static class ApplicationsApi
{
    public sealed record FormalReviewBody(bool Complete, IReadOnlyList<string>? Reasons);

    public sealed record RateBody(SelfAssessment? Assessment, bool IsResidential);

    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder labels)
    {
        labels.MapGet("/applications", async (ClaimsPrincipal user, ApplicationStatus? status, ReadApplications read, CancellationToken ct) =>
                TypedResults.Ok(await read.ListAsync(LabelActor.Of(user), status, ct)))
            .RequireAuthorization(LabelRoles.Workflow).WithName("ListLabelApplications")
            .WithSummary("Applications the caller may see: the province all, a city its own (submitted), an applicant its own, an expert its open assignments");
        labels.MapGet("/applications/{id:guid}", async Task<Results<Ok<LabelDtos.ApplicationDetail>, NotFound>> (Guid id, ClaimsPrincipal user, ReadApplications read, CancellationToken ct) =>
                await read.DetailAsync(LabelActor.Of(user), id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound())
            .RequireAuthorization(LabelRoles.Workflow).WithName("GetLabelApplication").WithSummary("One application with its current version, files, trail, panels, notice and certificate");
        labels.MapGet("/versions/{id:guid}", async Task<Results<Ok<LabelDtos.VersionDto>, NotFound>> (Guid id, ClaimsPrincipal user, ReadApplications read, CancellationToken ct) =>
                await read.VersionAsync(LabelActor.Of(user), id, ct) is { } version ? TypedResults.Ok(version) : TypedResults.NotFound())
            .RequireAuthorization(LabelRoles.Workflow).WithName("GetLabelApplicationVersion").WithSummary("One version of an application's self-assessment with its expected level and explanation");
        labels.MapGet("/files/{id:guid}", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, ClaimsPrincipal user, ReadApplications read, CancellationToken ct) =>
                await read.FileAsync(LabelActor.Of(user), id, ct) is { } file ? TypedResults.File(file.Content, file.ContentType, file.FileName) : TypedResults.NotFound())
            .RequireAuthorization(LabelRoles.Workflow).WithName("DownloadLabelEvidence").WithSummary("An evidence file, to those who may see its application");

        labels.MapGet("/projects", async (ClaimsPrincipal user, IProjectRegistry registry, CancellationToken ct) =>
            {
                var organization = DataScope.Of(user).OrganizationId;
                var projects = organization is null ? [] : await registry.ListAsync(new ProjectFilter { OrganizationId = organization, Stages = CreateApplication.EligibleStages }, ct);
                return TypedResults.Ok(projects.Select(p => new LabelDtos.ProjectChoice(p.Id, p.Code, p.Name, p.CityCode, p.FloorArea, p.Stage.ToString(), p.GreenLevel)).ToList());
            })
            .RequireAuthorization(LabelRoles.Applicant).WithName("ListLabelEligibleProjects").WithSummary("The applicant's own registry projects at 竣工验收 or 运营, which may apply");
        labels.MapPost("/applications", async Task<Results<Ok<LabelDtos.ApplicationSummary>, ValidationProblem, NotFound>> (NewApplication body, ClaimsPrincipal user, CreateApplication create, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await create.RunAsync(LabelActor.Of(user), body, cancellationToken: ct), LabelDtos.Summary, text))
            .RequireAuthorization(LabelRoles.Applicant).WithName("CreateLabelApplication").WithSummary("Opens an application for one of the applicant's completed projects");
        labels.MapPost("/rate", Results<Ok<LabelDtos.RatingDto>, ValidationProblem, NotFound> (RateBody body, RateSelfAssessment rate, IStringLocalizer<UiText> text) =>
                Result(rate.Run(body.Assessment ?? new SelfAssessment(), body.IsResidential), LabelDtos.Rating, text))
            .RequireAuthorization(LabelRoles.Applicant).WithName("RateLabelSelfAssessment").WithSummary("The expected level of a self-assessment and its explanation, without saving");
        labels.MapPut("/applications/{id:guid}/assessment", async Task<Results<Ok<LabelDtos.SavedAssessment>, ValidationProblem, NotFound>> (Guid id, SelfAssessment body, ClaimsPrincipal user, SaveSelfAssessment save, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await save.RunAsync(LabelActor.Of(user), id, body, ct), r => new LabelDtos.SavedAssessment(LabelDtos.Summary(r.Application), r.Version.Version, LabelDtos.Rating(r.Rating)), text))
            .RequireAuthorization(LabelRoles.Applicant).WithName("SaveLabelSelfAssessment")
            .WithSummary("Saves the self-assessment and returns the expected level; after a submission this makes a new version");
        labels.MapPost("/applications/{id:guid}/files", async Task<Results<Ok<LabelDtos.FileDto>, ValidationProblem, NotFound>> (Guid id, EvidenceKind kind, string? clause, string? fileName, HttpRequest request,
                ClaimsPrincipal user, AttachEvidence attach, IOptions<LabelsOptions> options, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                var content = await ReadBodyAsync(request, options.Value.MaxFileBytes, ct);
                return Result(await attach.RunAsync(LabelActor.Of(user), id, new EvidenceUpload(kind, clause, fileName, content), ct), LabelDtos.File, text);
            })
            .RequireAuthorization(LabelRoles.Applicant).WithName("AttachLabelEvidence")
            .WithSummary("Uploads an evidence file (request body: the file; query: kind, fileName, optional clause); type, content and size are checked");
        labels.MapPost("/applications/{id:guid}/submit", async Task<Results<Ok<LabelDtos.ApplicationSummary>, ValidationProblem, NotFound>> (Guid id, ClaimsPrincipal user, SubmitApplication submit, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await submit.RunAsync(LabelActor.Of(user), id, ct), LabelDtos.Summary, text))
            .RequireAuthorization(LabelRoles.Applicant).WithName("SubmitLabelApplication").WithSummary("Submits the current version for 形式审查 once it is complete");
        labels.MapPost("/applications/{id:guid}/formal-review", async Task<Results<Ok<LabelDtos.ApplicationSummary>, ValidationProblem, NotFound>> (Guid id, FormalReviewBody body, ClaimsPrincipal user, ReviewFormally review, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await review.RunAsync(LabelActor.Of(user), id, body.Complete, body.Reasons, ct), LabelDtos.Summary, text))
            .RequireAuthorization(Policies.Officials).WithName("ReviewLabelApplicationFormally").WithSummary("形式审查 by the project's city or the province: complete, or returned with reasons");
        return labels;
    }

    /// <summary>Reads at most one byte more than allowed, so an oversized body is refused with its size named rather than buffered whole.</summary>
    internal static async Task<byte[]> ReadBodyAsync(HttpRequest request, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>200 with the value; 404 when the record is not there for the caller; 400 with the errors by field otherwise.</summary>
    internal static Results<Ok<TDto>, ValidationProblem, NotFound> Result<T, TDto>(Outcome<T> outcome, Func<T, TDto> map, IStringLocalizer text) =>
        outcome.Succeeded ? TypedResults.Ok(map(outcome.Value!))
        : outcome.Errors.Any(e => e.Code == "labels.notfound") ? TypedResults.NotFound()
        : LabelProblems.Validation(text, outcome.Errors);
}
