using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;

namespace GreenBuild.Supervision.Credit;

/// <summary>A sanction (行政处罚, bad) or a commendation (表彰, good) as an official enters it.</summary>
public sealed record CreditEntryInput(Guid OrganizationId, CreditKind Kind, string? Description, string? Source, DateTime ValidFrom, DateTime ValidUntil);

/// <summary>
/// 信用记录录入 — officials of the enterprise's city (or the province) enter sanctions and commendations with their
/// decision number and validity (from before until, at most 5 years).
/// </summary>
public sealed class RecordCreditEntry(GreenBuildDb db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Outcome<CreditRecord>> RunAsync(DataScope scope, CreditEntryInput input, CancellationToken ct = default)
    {
        var organization = await db.Organizations.FindAsync([input.OrganizationId], ct);
        if (organization is null || !(scope.IsProvince || (organization.CityCode is { } city && scope.CanSeeCity(city))))
        {
            return TaskErrors.Fail<CreditRecord>("credit.organization", "organizationId", input.OrganizationId);
        }

        var errors = new List<PlatformError>();
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(TaskErrors.Error("credit.kind", "kind", input.Kind));
        }

        if (string.IsNullOrWhiteSpace(input.Description) || input.Description.Length > 1000)
        {
            errors.Add(TaskErrors.Error("directory.required", "description", 1000));
        }

        if (string.IsNullOrWhiteSpace(input.Source) || input.Source.Length > 150)
        {
            errors.Add(TaskErrors.Error("directory.required", "source", 150));
        }

        if (input.ValidUntil <= input.ValidFrom || input.ValidUntil - input.ValidFrom > CreditRules.MaxManualValidity)
        {
            errors.Add(TaskErrors.Error("credit.validity", "validUntil"));
        }

        if (errors.Count > 0)
        {
            return Outcome<CreditRecord>.Fail([.. errors]);
        }

        var entry = new CreditRecord
        {
            OrganizationId = organization.Id, Kind = input.Kind, Category = input.Kind == CreditKind.Bad ? CreditRules.Sanction : CreditRules.Commendation,
            Description = input.Description!.Trim(), Source = "decision:" + input.Source!.Trim(),
            ValidFrom = DateTime.SpecifyKind(input.ValidFrom, DateTimeKind.Utc), ValidUntil = DateTime.SpecifyKind(input.ValidUntil, DateTimeKind.Utc),
            RecordedBy = actor.Name, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return Outcome<CreditRecord>.Ok(entry);
    }
}
