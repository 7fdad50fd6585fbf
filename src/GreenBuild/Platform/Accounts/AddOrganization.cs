using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Accounts;

/// <summary>Registers an organization, checking its name, credit code and city.</summary>
public sealed class AddOrganization(GreenBuildDb db, TimeProvider clock)
{
    public async Task<Outcome<Organization>> RunAsync(string name, OrganizationKind kind, string? creditCode, string? cityCode, CancellationToken cancellationToken = default)
    {
        var errors = new List<PlatformError>();
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            errors.Add(new("organization.name", "name", "error.organization.name"));
        }
        else if (await db.Organizations.AnyAsync(o => o.Name == name, cancellationToken))
        {
            errors.Add(new("organization.duplicate", "name", "error.organization.duplicate", name));
        }

        // 统一社会信用代码: 18 characters of digits and capital letters (GB 32100-2015).
        if (!string.IsNullOrEmpty(creditCode) && (creditCode.Length != 18 || !creditCode.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))))
        {
            errors.Add(new("organization.creditCode", "creditCode", "error.organization.creditCode"));
        }

        if (!string.IsNullOrEmpty(cityCode) && !await db.Places.AnyAsync(p => p.Code == cityCode && p.Level != PlaceLevel.Province, cancellationToken))
        {
            errors.Add(new("city.unknown", "cityCode", "error.city.unknown", cityCode));
        }

        if (errors.Count > 0)
        {
            return Outcome<Organization>.Fail([.. errors]);
        }

        var organization = new Organization
        {
            Name = name, Kind = kind, CreditCode = string.IsNullOrEmpty(creditCode) ? null : creditCode,
            CityCode = string.IsNullOrEmpty(cityCode) ? null : cityCode, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Organization>.Ok(organization);
    }
}
