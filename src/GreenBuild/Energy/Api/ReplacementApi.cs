using System.Security.Claims;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Web;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Api;

/// <summary>换表: a cumulative meter's documented swaps; recording or withdrawing one re-derives the stored readings after it.</summary>
internal static class ReplacementApi
{
    /// <summary><c>replacedAt</c> is ISO 8601 with its zone (as readings are), e.g. <c>2026-01-05T10:40:00+08:00</c>.</summary>
    public sealed record ReplacementBody(string? ReplacedAt, decimal OldFinal, decimal NewInitial);

    public sealed record ReplacementDto(Guid Id, string MeterCode, DateTime ReplacedAtUtc, decimal OldFinal, decimal NewInitial, int? DaysRederived);

    public static RouteGroupBuilder MapReplacementApi(this RouteGroupBuilder group)
    {
        group.MapGet("/meters/{code}/replacements", async (string code, ClaimsPrincipal user, ReplaceMeter replace, CancellationToken ct) =>
                TypedResults.Ok((await replace.ListAsync(DataScope.Of(user), code, ct)).Select(r => Dto(code, r, null))))
            .RequireAuthorization(Policies.Officials).WithName("ListMeterReplacements").WithSummary("A meter's documented replacements (换表记录)");
        group.MapPost("/meters/{code}/replacements", async (string code, ReplacementBody body, ClaimsPrincipal user, ReplaceMeter replace,
                IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                if (ReadingParser.TryParseTime(body.ReplacedAt ?? "", out var ticks) != ReadingParser.TimeProblem.None)
                {
                    return Problems.Validation(text, [new PlatformError("energy.replacement.time", "replacedAt", "error.energy.time.zone", body.ReplacedAt ?? "")]);
                }

                var input = new ReplacementInput(new DateTimeOffset(ticks, TimeSpan.Zero), body.OldFinal, body.NewInitial);
                return MonitoringApi.Result(await replace.RecordAsync(DataScope.Of(user), code, input, ct), r => Dto(code, r.Record, r.DaysRederived), text);
            })
            .RequireAuthorization(Policies.Officials).WithName("RecordMeterReplacement")
            .WithSummary("Records that a cumulative meter was replaced (old final and new initial reading); stored readings after it are derived again and their roll-ups corrected");
        group.MapDelete("/meters/{code}/replacements/{id:guid}", async (string code, Guid id, ClaimsPrincipal user, ReplaceMeter replace,
                IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                MonitoringApi.Result(await replace.WithdrawAsync(DataScope.Of(user), code, id, ct), r => Dto(code, r.Record, r.DaysRederived), text))
            .RequireAuthorization(Policies.Officials).WithName("WithdrawMeterReplacement")
            .WithSummary("Withdraws a wrongly recorded replacement; the stored readings after it are derived again without it");
        return group;
    }

    private static ReplacementDto Dto(string code, MeterReplacementRecord r, int? days) => new(r.Id, code, r.AtUtc, r.OldFinal, r.NewInitial, days);
}
