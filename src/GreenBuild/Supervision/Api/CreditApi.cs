using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Credit;
using GreenBuild.Supervision.Model;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Api;

/// <summary>Credit records (信用记录): officials read and add entries; the entries in force are public (信用信息公示).</summary>
internal static class CreditApi
{
    public sealed record EntryDto(Guid Id, CreditKind Kind, string Category, string Description, string Source, DateTime ValidFrom, DateTime ValidUntil, bool InForce);

    public sealed record PublicEntryDto(CreditKind Kind, string Category, string Description, DateTime ValidFrom, DateTime ValidUntil);

    public sealed record CreditDto(Guid OrganizationId, string Name, string? CreditCode, string? CityCode, int GoodInForce, int BadInForce, IReadOnlyList<EntryDto> Entries);

    public static RouteGroupBuilder MapCreditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/supervision").WithTags("Supervision credit records");
        group.MapGet("/enterprises/{id:guid}/credit", async Task<IResult> (Guid id, ClaimsPrincipal user, GreenBuildDb db, ReadCreditRecord read, CancellationToken ct) =>
            {
                var organization = await db.Organizations.FindAsync([id], ct);
                var scope = DataScope.Of(user);
                if (organization is null || !(scope.IsProvince || (organization.CityCode is { } city && scope.CanSeeCity(city))))
                {
                    return TypedResults.NotFound();
                }

                var entries = await read.RunAsync(id, false, ct);
                return TypedResults.Ok(new CreditDto(organization.Id, organization.Name, organization.CreditCode, organization.CityCode,
                    entries.Count(e => e.InForce && e.Record.Kind == CreditKind.Good), entries.Count(e => e.InForce && e.Record.Kind == CreditKind.Bad),
                    [.. entries.Select(e => new EntryDto(e.Record.Id, e.Record.Kind, e.Record.Category, e.Record.Description, e.Record.Source, e.Record.ValidFrom, e.Record.ValidUntil, e.InForce))]));
            })
            .RequireAuthorization(Policies.Officials).WithName("GetCreditRecord").WithSummary("An enterprise's credit record: every entry, with its source and whether it is in force");
        group.MapPost("/credit", async (CreditEntryInput body, ClaimsPrincipal user, RecordCreditEntry record, IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await record.RunAsync(DataScope.Of(user), body, ct),
                    r => new EntryDto(r.Id, r.Kind, r.Category, r.Description, r.Source, r.ValidFrom, r.ValidUntil, true), text))
            .RequireAuthorization(Policies.Officials).WithName("AddCreditEntry").WithSummary("Adds a sanction (bad) or commendation (good) with its decision number and validity");
        api.MapGet("/supervision/public/enterprises/{id:guid}/credit", async (Guid id, ReadCreditRecord read, CancellationToken ct) =>
                TypedResults.Ok((await read.RunAsync(id, true, ct)).Select(e => new PublicEntryDto(e.Record.Kind, e.Record.Category, e.Record.Description, e.Record.ValidFrom, e.Record.ValidUntil)).ToList()))
            .AllowAnonymous().WithTags("Supervision (public)").WithName("GetPublicCreditRecord").WithSummary("信用信息公示: an enterprise's entries in force");
        return api;
    }
}
