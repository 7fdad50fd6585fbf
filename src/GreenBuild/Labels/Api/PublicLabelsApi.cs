using GreenBuild.Labels.Certificates;
using GreenBuild.Labels.Model;
using GreenBuild.Labels.Notice;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static GreenBuild.Labels.Api.ApplicationsApi;

namespace GreenBuild.Labels.Api;

/// <summary>The portal's label data, for anyone: notices and objections, certificates with downgrades and revocations, verification, the published draws.</summary>
internal static class PublicLabelsApi
{
    public sealed record VerificationDto(bool Valid, LabelDtos.CertificateDto? Certificate);

    public sealed record PublishedDraw(Guid PanelId, string ApplicationNumber, IReadOnlyList<string> SourceNames, string? SourceValues, string? DrawKey,
        DateTime AnnouncedAtUtc, DateTime? DrawnAtUtc, IReadOnlyList<LabelDtos.DrawDto> Draws);

    public static RouteGroupBuilder MapPublicLabelsApi(this RouteGroupBuilder labels)
    {
        var open = labels.MapGroup("/public").AllowAnonymous().WithTags("Labels (public)");
        open.MapGet("/notices", async (GreenBuildDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var notices = await db.Set<PublicNotice>().AsNoTracking().Where(n => n.StartsAtUtc <= now).ToListAsync(ct);
                return TypedResults.Ok(notices.OrderByDescending(n => n.StartsAtUtc).Select(n => LabelDtos.Notice(n, now)).ToList());
            })
            .WithName("ListLabelNotices").WithSummary("公示: every published notice, open ones first by date");
        open.MapPost("/notices/{id:guid}/objections", async Task<Results<Ok<LabelDtos.ObjectionDto>, ValidationProblem, NotFound>> (Guid id, ObjectionInput body, FileObjection file, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Result(await file.RunAsync(id, body, ct), o => LabelDtos.Objection(o, false), text))
            .WithName("FileLabelObjection").WithSummary("Files an objection to an open notice; returns the tracking code");
        open.MapGet("/objections/{code}", async Task<Results<Ok<LabelDtos.ObjectionDto>, NotFound>> (string code, GreenBuildDb db, CancellationToken ct) =>
            {
                var normalized = Numbering.NormalizeCode(code);
                return await db.Set<Objection>().AsNoTracking().FirstOrDefaultAsync(o => o.TrackingCode == normalized, ct) is { } objection
                    ? TypedResults.Ok(LabelDtos.Objection(objection, false)) : TypedResults.NotFound();
            })
            .WithName("TrackLabelObjection").WithSummary("An objection's handling, by its tracking code");
        open.MapGet("/certificates", async (GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.Set<Certificate>().AsNoTracking().ToListAsync(ct)).OrderByDescending(c => c.IssuedAtUtc).Select(c => LabelDtos.Certificate(c, false)).ToList()))
            .WithName("ListPublishedLabelCertificates").WithSummary("Every certificate with its current level and status; downgrades and revocations with their reasons");
        open.MapGet("/verify", async (string? number, string? code, VerifyCertificate verify, CancellationToken ct) =>
                await verify.RunAsync(number, code, ct) is { } certificate
                    ? TypedResults.Ok(new VerificationDto(true, LabelDtos.Certificate(certificate, false))) : TypedResults.Ok(new VerificationDto(false, null)))
            .WithName("VerifyLabelCertificate").WithSummary("Checks a certificate number with its verification code");
        open.MapGet("/panels/{id:guid}", async Task<Results<Ok<PublishedDraw>, NotFound>> (Guid id, GreenBuildDb db, CancellationToken ct) =>
            {
                var panel = await db.Set<ReviewPanel>().AsNoTracking().Include(p => p.Draws).FirstOrDefaultAsync(p => p.Id == id, ct);
                if (panel is null)
                {
                    return TypedResults.NotFound();
                }

                var number = await db.Set<LabelApplication>().Where(a => a.Id == panel.ApplicationId).Select(a => a.Number).FirstAsync(ct);
                var dto = LabelDtos.Panel(panel, false);
                return TypedResults.Ok(new PublishedDraw(panel.Id, number, dto.SourceNames, panel.SourceValues, panel.DrawKey, panel.AnnouncedAtUtc, panel.DrawnAtUtc, dto.Draws));
            })
            .WithName("PublishedLabelDraw").WithSummary("A panel draw as published: candidate lists (expert codes) with SHA-256, sources, key, avoidance lists and steps");
        return labels;
    }
}
