using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Accounts;

/// <summary>The fields of a new account.</summary>
public sealed record NewUser(string Email, string DisplayName, string Role, string Password, string? CityCode, Guid? OrganizationId);

/// <summary>Creates an account with one role, checking the role's city and organization rules.</summary>
public sealed class AddUser(UserManager<GreenBuildUser> users, GreenBuildDb db, TimeProvider clock)
{
    public async Task<Outcome<GreenBuildUser>> RunAsync(NewUser input, CancellationToken cancellationToken = default)
    {
        var errors = new List<PlatformError>();
        if (!Roles.AccountRoles.Contains(input.Role))
        {
            errors.Add(new("role.unknown", "role", "error.role.unknown", input.Role, string.Join(", ", Roles.AccountRoles)));
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            errors.Add(new("required", "displayName", "error.required", "displayName"));
        }

        if (Roles.NeedsCity(input.Role) && string.IsNullOrEmpty(input.CityCode))
        {
            errors.Add(new("city.required", "cityCode", "error.city.required"));
        }

        if (input.CityCode is { } code && !await db.Places.AnyAsync(p => p.Code == code && p.Level == PlaceLevel.Prefecture, cancellationToken))
        {
            errors.Add(new("city.unknown", "cityCode", "error.city.unknown", code));
        }

        if (input.OrganizationId is { } org && !await db.Organizations.AnyAsync(o => o.Id == org, cancellationToken))
        {
            errors.Add(new("organization.unknown", "organizationId", "error.organization.unknown", org));
        }

        if (errors.Count > 0)
        {
            return Outcome<GreenBuildUser>.Fail([.. errors]);
        }

        var user = new GreenBuildUser
        {
            UserName = input.Email, Email = input.Email, DisplayName = input.DisplayName.Trim(),
            CityCode = input.CityCode, OrganizationId = input.OrganizationId,
            EmailConfirmed = true, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return Outcome<GreenBuildUser>.Fail([.. created.Errors.Select(IdentityErrors.ToPlatformError)]);
        }

        var added = await users.AddToRoleAsync(user, input.Role);
        return added.Succeeded ? Outcome<GreenBuildUser>.Ok(user) : Outcome<GreenBuildUser>.Fail([.. added.Errors.Select(IdentityErrors.ToPlatformError)]);
    }
}
