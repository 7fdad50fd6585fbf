using System.Security.Claims;
using GreenBuild.Labels.Model;
using GreenBuild.Labels.Notice;
using GreenBuild.Labels.Review;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static GreenBuild.Labels.Api.ApplicationsApi;

namespace GreenBuild.Labels.Api;

/// <summary>Expert review: the province announces and draws panels and concludes them; experts score or declare conflicts; notices and objections.</summary>
internal static class ReviewApi
{
    public sealed record AnnounceBody(IReadOnlyList<string>? SourceNames);

    public sealed record DrawBody(IReadOnlyList<string>? Sources);

    public sealed record OpinionBody(string? Opinion);

    public sealed record ConflictBody(string? Reason);

    public sealed record ReplaceBody(string? Reason);

    public sealed record ReplacementDto(LabelDtos.MemberDto Replaced, LabelDtos.MemberDto Replacement);

    public sealed record NoticeBody(int? Days);

    public sealed record HandleBody(bool Upheld, string? Response);

    public static RouteGroupBuilder MapReviewApi(this RouteGroupBuilder labels)
    {
        labels.MapPost("/applications/{id:guid}/panel", async Task<Results<Ok<LabelDtos.PanelDto>, ValidationProblem, NotFound>> (Guid id, AnnounceBody body, ClaimsPrincipal user, AnnouncePanel announce, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await announce.RunAsync(LabelActor.Of(user), id, body.SourceNames ?? [], ct), p => LabelDtos.Panel(p, true), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("AnnounceLabelPanel")
            .WithSummary("Announces the expert draw: the candidate lists by specialty are frozen and their SHA-256 published with the named random sources");
        labels.MapGet("/panels/{id:guid}", async Task<Results<Ok<LabelDtos.PanelDto>, NotFound>> (Guid id, GreenBuildDb db, CancellationToken ct) =>
                await db.Set<ReviewPanel>().AsNoTracking().Include(p => p.Draws).Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == id, ct) is { } panel
                    ? TypedResults.Ok(LabelDtos.Panel(panel, true)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ProvinceOnly).WithName("GetLabelPanel").WithSummary("A panel with its draws, steps, avoidance lists and members");
        labels.MapPost("/panels/{id:guid}/draw", async Task<Results<Ok<LabelDtos.PanelDto>, ValidationProblem, NotFound>> (Guid id, DrawBody body, ClaimsPrincipal user, DrawPanel draw, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await draw.RunAsync(LabelActor.Of(user), id, body.Sources ?? [], ct), p => LabelDtos.Panel(p, true), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("DrawLabelPanel")
            .WithSummary("Draws the panel with RFC 3797 from the announced sources' values (in the announced order), avoiding conflicts of interest");
        labels.MapPost("/panels/{id:guid}/conclude", async Task<Results<Ok<LabelDtos.PanelDto>, ValidationProblem, NotFound>> (Guid id, OpinionBody body, ClaimsPrincipal user, ConcludePanel conclude, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await conclude.RunAsync(LabelActor.Of(user), id, body.Opinion, ct), p => LabelDtos.Panel(p, true), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("ConcludeLabelPanel").WithSummary("The panel's conclusion from the experts' mean scores; closes the panel");

        labels.MapGet("/reviews", async (ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                var userId = LabelActor.Of(user).UserId;
                var open = await db.Set<PanelMember>().AsNoTracking().Where(m => m.UserId == userId && (m.Status == MemberStatus.Assigned || m.Status == MemberStatus.Submitted))
                    .Join(db.Set<ReviewPanel>().Where(p => p.Status == PanelStatus.Reviewing), m => m.PanelId, p => p.Id, (m, p) => new { m.Id, p.ApplicationId, m.Specialty, m.Status, DeadlineUtc = m.DeadlineUtc ?? p.DeadlineUtc })
                    .Join(db.Set<LabelApplication>(), x => x.ApplicationId, a => a.Id, (x, a) => new { x.Id, x.ApplicationId, a.Number, a.ProjectName, x.Specialty, x.Status, x.DeadlineUtc })
                    .ToListAsync(ct);
                return TypedResults.Ok(open);
            })
            .RequireAuthorization(LabelRoles.Expert).WithName("ListLabelAssignments").WithSummary("The expert's open assignments (panels still reviewing)");
        labels.MapGet("/reviews/{id:guid}", async Task<Results<Ok<LabelDtos.AssignmentDto>, NotFound>> (Guid id, ClaimsPrincipal user, ReadAssignment read, CancellationToken ct) =>
                await read.RunAsync(LabelActor.Of(user), id, ct) is { } assignment ? TypedResults.Ok(assignment) : TypedResults.NotFound())
            .RequireAuthorization(LabelRoles.Expert).WithName("GetLabelAssignment").WithSummary("One assignment: the reviewed version's items, the files and the expert's own scores");
        labels.MapPost("/reviews/{id:guid}", async Task<Results<Ok<LabelDtos.MemberDto>, ValidationProblem, NotFound>> (Guid id, ExpertReviewInput body, ClaimsPrincipal user, SubmitExpertReview submit, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await submit.RunAsync(LabelActor.Of(user), id, body, ct), LabelDtos.Member, text))
            .RequireAuthorization(LabelRoles.Expert).WithName("SubmitLabelReview").WithSummary("The expert's score and comment per item and its opinion, before the deadline");
        labels.MapPost("/reviews/{id:guid}/conflict", async Task<Results<Ok<LabelDtos.MemberDto>, ValidationProblem, NotFound>> (Guid id, ConflictBody body, ClaimsPrincipal user, DeclareConflict declare, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await declare.RunAsync(LabelActor.Of(user), id, body.Reason, ct), r => LabelDtos.Member(r.Declared), text))
            .RequireAuthorization(LabelRoles.Expert).WithName("DeclareLabelConflict").WithSummary("声明回避: the expert leaves the panel with a reason; the next candidate is drawn");
        labels.MapPost("/reviews/{id:guid}/replace", async Task<Results<Ok<ReplacementDto>, ValidationProblem, NotFound>> (Guid id, ReplaceBody body, ClaimsPrincipal user, ReplaceOverdueExpert replace, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await replace.RunAsync(LabelActor.Of(user), id, body.Reason, ct), r => new ReplacementDto(LabelDtos.Member(r.Replaced), LabelDtos.Member(r.Replacement)), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("ReplaceOverdueLabelExpert")
            .WithSummary("超期替换: the province replaces a drawn expert whose deadline passed without scores; the specialty is drawn again (verifiable), the replaced expert loses access");

        labels.MapPost("/applications/{id:guid}/notice", async Task<Results<Ok<LabelDtos.NoticeDto>, ValidationProblem, NotFound>> (Guid id, NoticeBody body, ClaimsPrincipal user, PublishNotice publish, TimeProvider clock, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await publish.RunAsync(LabelActor.Of(user), id, body.Days, ct), n => LabelDtos.Notice(n, clock.GetUtcNow().UtcDateTime), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("PublishLabelNotice").WithSummary("Publishes the 公示 on the portal for the configured (or given, 5–30) days");
        labels.MapPost("/objections/{id:guid}/handle", async Task<Results<Ok<LabelDtos.ObjectionDto>, ValidationProblem, NotFound>> (Guid id, HandleBody body, ClaimsPrincipal user, HandleObjection handle, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await handle.RunAsync(LabelActor.Of(user), id, body.Upheld, body.Response, ct), o => LabelDtos.Objection(o, true), text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("HandleLabelObjection").WithSummary("Answers an objection: upheld or dismissed, with the reply");
        return labels;
    }
}
