using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Directory;

/// <summary>An inspector as entered (form, API, Excel row).</summary>
public sealed record InspectorInput(string? Number, string? Name, string? Organization, string? CityCode, string? Specialties, bool IsAvailable = true, string? Account = null);

/// <summary>A product as entered (monitored buildings come from energy monitoring, see <see cref="ReadMonitoredBuildings"/>).</summary>
public sealed record ObjectInput(ObjectKind Kind, string? Code, string? Name, string? CityCode, string? Type, string? Organization, bool IsActive = true);

/// <summary>
/// 名录维护 — saves inspectors and directory objects, each identified by its number or code: saving again updates
/// (so an import can be re-run). The employer is named by its organization name or 统一社会信用代码; an inspector's
/// account by its e-mail, and it must have the Inspector role. City officers keep their own city's entries only.
/// Validation is separate from saving so that an import checks every row before it saves any.
/// </summary>
public sealed class SaveDirectoryEntries(GreenBuildDb db, TimeProvider clock)
{
    public async Task<Outcome<Inspector>> InspectorAsync(DataScope scope, InspectorInput input, bool isDemo = false, CancellationToken ct = default)
    {
        var errors = new List<PlatformError>();
        var resolved = await CheckInspectorAsync(scope, input, "", errors, ct);
        if (errors.Count > 0)
        {
            return Outcome<Inspector>.Fail([.. errors]);
        }

        var inspector = await ApplyInspectorAsync(input, resolved, isDemo, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<Inspector>.Ok(inspector);
    }

    public async Task<Outcome<InspectionObject>> ObjectAsync(DataScope scope, ObjectInput input, bool isDemo = false, CancellationToken ct = default)
    {
        var errors = new List<PlatformError>();
        var organization = await CheckObjectAsync(scope, input, "", errors, ct);
        if (errors.Count > 0)
        {
            return Outcome<InspectionObject>.Fail([.. errors]);
        }

        var saved = await ApplyObjectAsync(input, organization, isDemo, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<InspectionObject>.Ok(saved);
    }

    internal sealed record ResolvedInspector(Organization? Organization, string? UserId);

    /// <summary>Checks one inspector; <paramref name="prefix"/> prefixes the field ("" or a row's column prefix).</summary>
    internal async Task<ResolvedInspector> CheckInspectorAsync(DataScope scope, InspectorInput input, string prefix, List<PlatformError> errors, CancellationToken ct)
    {
        CheckCode(input.Number, prefix + "number", 40, errors);
        CheckText(input.Name, prefix + "name", 100, errors);
        await CheckCityAsync(scope, input.CityCode, prefix + "cityCode", errors, ct);
        if ((input.Specialties?.Length ?? 0) > 400)
        {
            errors.Add(TaskErrors.Error("directory.text", prefix + "specialties", 400));
        }

        var organization = await OrganizationAsync(input.Organization, prefix + "organization", errors, ct);
        string? userId = null;
        if (!string.IsNullOrWhiteSpace(input.Account))
        {
            var normalized = input.Account.Trim().ToUpperInvariant();
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
            var isInspector = user is not null && await db.UserRoles.AnyAsync(
                r => r.UserId == user.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Inspector), ct);
            if (!isInspector)
            {
                errors.Add(TaskErrors.Error("directory.account", prefix + "account", input.Account.Trim()));
            }

            userId = user?.Id;
        }

        return new ResolvedInspector(organization, userId);
    }

    internal async Task<Organization?> CheckObjectAsync(DataScope scope, ObjectInput input, string prefix, List<PlatformError> errors, CancellationToken ct)
    {
        if (input.Kind is not ObjectKind.Product)
        {
            errors.Add(TaskErrors.Error("directory.kind", prefix + "kind", input.Kind));
        }

        CheckCode(input.Code, prefix + "objectCode", 60, errors);
        CheckText(input.Name, prefix + "name", 200, errors);
        CheckText(input.Type, prefix + "type", 60, errors);
        await CheckCityAsync(scope, input.CityCode, prefix + "cityCode", errors, ct);
        return await OrganizationAsync(input.Organization, prefix + "organization", errors, ct);
    }

    internal async Task<Inspector> ApplyInspectorAsync(InspectorInput input, ResolvedInspector resolved, bool isDemo, CancellationToken ct)
    {
        var number = input.Number!.Trim();
        var inspector = db.Set<Inspector>().Local.FirstOrDefault(i => i.Number == number)
            ?? await db.Set<Inspector>().FirstOrDefaultAsync(i => i.Number == number, ct);
        if (inspector is null)
        {
            inspector = new Inspector { Number = number, Name = "", CityCode = "", IsDemo = isDemo };
            db.Add(inspector);
        }

        inspector.Name = input.Name!.Trim();
        inspector.CityCode = input.CityCode!.Trim();
        inspector.OrganizationId = resolved.Organization?.Id;
        inspector.OrganizationName = resolved.Organization?.Name ?? input.Organization?.Trim();
        inspector.Specialties = Csv.Join(Csv.Split(input.Specialties));
        inspector.IsAvailable = input.IsAvailable;
        inspector.UserId = resolved.UserId ?? (string.IsNullOrWhiteSpace(input.Account) ? inspector.UserId : null);
        Touch(inspector, i => i.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime);
        return inspector;
    }

    internal async Task<InspectionObject> ApplyObjectAsync(ObjectInput input, Organization? organization, bool isDemo, CancellationToken ct)
    {
        var code = input.Code!.Trim();
        var saved = db.Set<InspectionObject>().Local.FirstOrDefault(o => o.Kind == input.Kind && o.Code == code)
            ?? await db.Set<InspectionObject>().FirstOrDefaultAsync(o => o.Kind == input.Kind && o.Code == code, ct);
        if (saved is null)
        {
            saved = new InspectionObject { Kind = input.Kind, Code = code, Name = "", CityCode = "", Type = "", IsDemo = isDemo };
            db.Add(saved);
        }

        (saved.Name, saved.CityCode, saved.Type) = (input.Name!.Trim(), input.CityCode!.Trim(), input.Type!.Trim());
        (saved.OrganizationId, saved.IsActive) = (organization?.Id, input.IsActive);
        Touch(saved, o => o.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime);
        return saved;
    }

    /// <summary>Stamps the time only when something changed, so that saving the same entry again (a re-run import) changes nothing.</summary>
    private void Touch<T>(T entity, Action<T> stamp) where T : class
    {
        var entry = db.Entry(entity);
        entry.DetectChanges();
        if (entry.State is Microsoft.EntityFrameworkCore.EntityState.Added or Microsoft.EntityFrameworkCore.EntityState.Modified)
        {
            stamp(entity);
        }
    }

    private static void CheckCode(string? code, string field, int max, List<PlatformError> errors)
    {
        var trimmed = code?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > max || trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            errors.Add(TaskErrors.Error("directory.code", field, trimmed, max));
        }
    }

    private static void CheckText(string? value, string field, int max, List<PlatformError> errors)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > max || trimmed.Any(char.IsControl))
        {
            errors.Add(TaskErrors.Error("directory.required", field, max));
        }
    }

    private async Task CheckCityAsync(DataScope scope, string? city, string field, List<PlatformError> errors, CancellationToken ct)
    {
        var code = city?.Trim() ?? "";
        if (!await db.Places.AnyAsync(p => p.Code == code && p.Level != PlaceLevel.Province, ct))
        {
            errors.Add(new PlatformError("supervision.directory.city", field, "error.city.unknown", code));
        }
        else if (!scope.CanSeeCity(code))
        {
            errors.Add(TaskErrors.Error("directory.city.foreign", field, code));
        }
    }

    private async Task<Organization?> OrganizationAsync(string? nameOrCode, string field, List<PlatformError> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return null;
        }

        var key = nameOrCode.Trim();
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Name == key || o.CreditCode == key, ct);
        if (organization is null)
        {
            errors.Add(TaskErrors.Error("directory.organization", field, key));
        }

        return organization;
    }
}
