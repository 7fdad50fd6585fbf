using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Complaints;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Api;

/// <summary>
/// 投诉举报: the public gets a challenge, files (JSON, files in base64) and follows the status by tracking code —
/// rate-limited per IP; officers of the complaint's city list, route, note progress, answer or reject.
/// </summary>
internal static class ComplaintsApi
{
    private const long MaxBody = 25 * 1024 * 1024;

    public sealed record FilingBody(string? Category, string? CityCode, string? Place, string? Description, string? ContactName, string? ContactPhone,
        string? Token, string? Nonce, IReadOnlyList<FileBody>? Files);

    public sealed record StepBody(ComplaintAction Action, string? Note, string? CityCode);

    public sealed record EventDto(DateTime AtUtc, ComplaintStatus Status, string? Note);

    public sealed record PublicComplaintDto(string TrackingCode, string Category, string CityCode, ComplaintStatus Status, DateTime ReceivedAtUtc, DateTime DueAtUtc,
        string? Answer, IReadOnlyList<EventDto> Events);

    public sealed record ComplaintDto(Guid Id, string TrackingCode, string Category, string CityCode, string Place, string Description, string? ContactName,
        string? ContactPhone, ComplaintStatus Status, DateTime ReceivedAtUtc, DateTime DueAtUtc, bool IsOverdue, string? Answer, IReadOnlyList<EventDto> Events,
        IReadOnlyList<InspectionDto.File> Attachments);

    public static RouteGroupBuilder MapComplaintsApi(this RouteGroupBuilder api)
    {
        var open = api.MapGroup("/supervision/public/complaints").WithTags("Supervision (public)").AllowAnonymous();
        open.MapGet("/challenge", IResult (HttpContext http, ComplaintChallenge challenge, ComplaintRateLimits limits) =>
                limits.TryRead(http) ? TypedResults.Ok(challenge.Issue()) : TooMany())
            .WithName("GetComplaintChallenge").WithSummary("A proof-of-work challenge: find a nonce with SHA-256(token \":\" nonce) starting with `difficulty` zero bits");
        open.MapPost("/", async (FilingBody body, HttpContext http, FileComplaint file, ComplaintRateLimits limits, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                if (!limits.TryFile(http))
                {
                    return TooMany();
                }

                if (FileBody.Decode(body.Files) is not { } files)
                {
                    return SupervisionProblems.Validation(text, [TaskErrors.Error("attachment.base64", "files")]);
                }

                var outcome = await file.RunAsync(new ComplaintInput(body.Category, body.CityCode, body.Place, body.Description, body.ContactName, body.ContactPhone,
                    body.Token, body.Nonce), files, ct);
                return outcome.Succeeded
                    ? TypedResults.Ok(new { trackingCode = TrackingCode.Format(outcome.Value!.TrackingCode), dueAtUtc = outcome.Value.DueAtUtc })
                    : (IResult)SupervisionProblems.Validation(text, outcome.Errors);
            })
            .WithMetadata(new RequestSizeLimitAttribute(MaxBody)).WithName("FileComplaint")
            .WithSummary("Files a complaint without an account (with a solved challenge); returns the tracking code");
        open.MapGet("/{code}", async Task<IResult> (string code, HttpContext http, GreenBuildDb db, ComplaintRateLimits limits, CancellationToken ct) =>
            {
                if (!limits.TryRead(http))
                {
                    return TooMany();
                }

                var normalized = TrackingCode.Normalize(code);
                var complaint = normalized is null ? null : await db.Set<Complaint>().AsNoTracking().Include(c => c.Events).FirstOrDefaultAsync(c => c.TrackingCode == normalized, ct);
                return complaint is null ? TypedResults.NotFound() : TypedResults.Ok(new PublicComplaintDto(TrackingCode.Format(complaint.TrackingCode), complaint.Category,
                    complaint.CityCode, complaint.Status, complaint.ReceivedAtUtc, complaint.DueAtUtc, complaint.Answer, Events(complaint)));
            })
            .WithName("TrackComplaint").WithSummary("The status and history of a complaint by its tracking code (no contact details, no officers' names)");

        var officers = api.MapGroup("/supervision/complaints").WithTags("Supervision complaints").RequireAuthorization(Policies.Officials);
        officers.MapGet("/", async (ComplaintStatus? status, ClaimsPrincipal user, GreenBuildDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var query = DataScope.Of(user).WithinCity(db.Set<Complaint>().AsNoTracking().Include(c => c.Events), c => c.CityCode);
                query = status is { } s ? query.Where(c => c.Status == s) : query;
                var now = clock.GetUtcNow().UtcDateTime;
                return TypedResults.Ok((await query.ToListAsync(ct)).OrderBy(c => c.DueAtUtc).Select(c => ToDto(c, [], now)).ToList());
            })
            .WithName("ListComplaints").WithSummary("Complaints of the caller's city (all for the province), soonest due first");
        officers.MapGet("/{id:guid}", async Task<IResult> (Guid id, ClaimsPrincipal user, GreenBuildDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var complaint = await db.Set<Complaint>().AsNoTracking().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == id, ct);
                if (complaint is null || !DataScope.Of(user).CanSeeCity(complaint.CityCode))
                {
                    return TypedResults.NotFound();
                }

                var files = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerId == id).ToListAsync(ct);
                return TypedResults.Ok(ToDto(complaint, files, clock.GetUtcNow().UtcDateTime));
            })
            .WithName("GetComplaint").WithSummary("One complaint with contact, attachments and history");
        officers.MapPost("/{id:guid}/steps", async (Guid id, StepBody body, ClaimsPrincipal user, HandleComplaint handle, TimeProvider clock, IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await handle.RunAsync(DataScope.Of(user), id, body.Action, body.Note, body.CityCode, ct), c => ToDto(c, [], clock.GetUtcNow().UtcDateTime), text))
            .WithName("HandleComplaint").WithSummary("Route (to a city), progress, answer or reject, with a note shown to the complainant");
        return api;
    }

    internal static IReadOnlyList<EventDto> Events(Complaint c) => [.. c.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new EventDto(e.AtUtc, e.Status, e.Note))];

    private static ComplaintDto ToDto(Complaint c, IReadOnlyList<Attachment> files, DateTime now) => new(
        c.Id, TrackingCode.Format(c.TrackingCode), c.Category, c.CityCode, c.Place, c.Description, c.ContactName, c.ContactPhone, c.Status, c.ReceivedAtUtc, c.DueAtUtc,
        c.Status is not (ComplaintStatus.Answered or ComplaintStatus.Rejected) && now > c.DueAtUtc, c.Answer, Events(c),
        [.. files.Select(a => new InspectionDto.File(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256))]);

    private static IResult TooMany() => TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests);
}
