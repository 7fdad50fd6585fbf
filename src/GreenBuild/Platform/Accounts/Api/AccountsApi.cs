using System.Security.Claims;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform.Accounts.Api;

/// <summary>The signed-in user, and the administration of users, organizations and API keys.</summary>
public static class AccountsApi
{
    public sealed record MeDto(string Id, string? Email, string DisplayName, IReadOnlyList<string> Roles, string? CityCode, Guid? OrganizationId, IReadOnlyList<string> Scopes);

    public sealed record UserDto(string Id, string? Email, string DisplayName, IReadOnlyList<string> Roles, string? CityCode, Guid? OrganizationId, bool IsDisabled, DateTime CreatedAtUtc);

    public sealed record NewOrganization(string Name, OrganizationKind Kind, string? CreditCode, string? CityCode);

    public sealed record NewApiKey(string Name, string OwnerEmail, string[] Scopes, DateTime? ExpiresAtUtc);

    public sealed record ApiKeyDto(Guid Id, string Name, string Prefix, string OwnerUserId, string Scopes, DateTime CreatedAtUtc, DateTime? ExpiresAtUtc, DateTime? RevokedAtUtc);

    public sealed record ChangePassword(string CurrentPassword, string NewPassword);

    internal static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new MeDto(
                user.FindFirstValue(ClaimTypes.NameIdentifier)!, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name,
                user.FindFirstValue(PlatformClaims.DisplayName) ?? "", [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)],
                user.FindFirstValue(PlatformClaims.CityCode), DataScope.Of(user).OrganizationId,
                [.. user.FindAll(PlatformClaims.Scope).Select(c => c.Value)])))
            .WithTags("Account").WithName("Me").WithSummary("Who am I: roles, city, organization, API-key scopes")
            .RequireAuthorization(Policies.SignedIn);

        api.MapPost("/account/password", async (ChangePassword body, ClaimsPrincipal principal, UserManager<GreenBuildUser> users, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text) =>
            {
                var user = await users.GetUserAsync(principal);
                if (user is null || principal.HasClaim(c => c.Type == PlatformClaims.ApiKeyPrefix))
                {
                    return (IResult)TypedResults.Forbid();
                }

                var result = await users.ChangePasswordAsync(user, body.CurrentPassword ?? "", body.NewPassword ?? "");
                return result.Succeeded ? TypedResults.NoContent() : Problems.Validation(text, result.Errors.Select(IdentityErrors.ToPlatformError));
            })
            .WithTags("Account").WithName("ChangePassword").WithSummary("Changes the signed-in user's password")
            .RequireAuthorization(Policies.SignedIn);

        var admin = api.MapGroup("/admin").WithTags("Administration").RequireAuthorization(Policies.ProvinceAdmin);
        admin.MapGet("/users", async (GreenBuildDb db, CancellationToken ct) => TypedResults.Ok(await ListUsers(db, ct)))
            .WithName("ListUsers").WithSummary("All accounts with their roles");
        admin.MapPost("/users", async (NewUser body, AddUser addUser, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var outcome = await addUser.RunAsync(body, ct);
                return outcome.Succeeded
                    ? (IResult)TypedResults.Created($"/api/v1/admin/users/{outcome.Value!.Id}", new { outcome.Value.Id, outcome.Value.Email })
                    : Problems.Validation(text, outcome.Errors);
            })
            .WithName("AddUser").WithSummary("Creates an account with one role");
        admin.MapPost("/users/{id}/disable", (string id, DisableUser disable, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text) => SetDisabled(id, true, disable, text))
            .WithName("DisableUser").WithSummary("Disables an account and ends its sessions");
        admin.MapPost("/users/{id}/enable", (string id, DisableUser disable, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text) => SetDisabled(id, false, disable, text))
            .WithName("EnableUser").WithSummary("Re-enables an account");

        admin.MapGet("/organizations", async (GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok(await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct)))
            .WithName("ListOrganizations").WithSummary("All organizations");
        admin.MapPost("/organizations", async (NewOrganization body, AddOrganization add, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var outcome = await add.RunAsync(body.Name, body.Kind, body.CreditCode, body.CityCode, ct);
                return outcome.Succeeded
                    ? (IResult)TypedResults.Created($"/api/v1/admin/organizations/{outcome.Value!.Id}", outcome.Value)
                    : Problems.Validation(text, outcome.Errors);
            })
            .WithName("AddOrganization").WithSummary("Registers an organization");

        admin.MapGet("/api-keys", async (GreenBuildDb db, CancellationToken ct) => TypedResults.Ok(await db.ApiKeys.AsNoTracking()
                .OrderByDescending(k => k.CreatedAtUtc)
                .Select(k => new ApiKeyDto(k.Id, k.Name, k.Prefix, k.OwnerUserId, k.Scopes, k.CreatedAtUtc, k.ExpiresAtUtc, k.RevokedAtUtc))
                .ToListAsync(ct)))
            .WithName("ListApiKeys").WithSummary("API keys (never their secrets)");
        admin.MapPost("/api-keys", async (NewApiKey body, ManageApiKeys keys, UserManager<GreenBuildUser> users, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var owner = await users.FindByEmailAsync(body.OwnerEmail ?? "");
                var outcome = await keys.CreateAsync(body.Name ?? "", owner?.Id ?? body.OwnerEmail ?? "", body.Scopes ?? [], body.ExpiresAtUtc?.ToUniversalTime(), ct);
                return outcome.Succeeded
                    ? (IResult)TypedResults.Created($"/api/v1/admin/api-keys/{outcome.Value!.Key.Id}", new { outcome.Value.Key.Id, outcome.Value.Key.Prefix, outcome.Value.Token })
                    : Problems.Validation(text, outcome.Errors);
            })
            .WithName("CreateApiKey").WithSummary("Creates a key; the token is returned once");
        admin.MapPost("/api-keys/{id}/revoke", async (string id, ManageApiKeys keys, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var outcome = await keys.RevokeAsync(id, ct);
                return outcome.Succeeded ? (IResult)TypedResults.NoContent() : Problems.Validation(text, outcome.Errors);
            })
            .WithName("RevokeApiKey").WithSummary("Revokes a key at once");
        return api;
    }

    internal static async Task<List<UserDto>> ListUsers(GreenBuildDb db, CancellationToken ct)
    {
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, ct);
        var userRoles = await db.UserRoles.AsNoTracking().ToListAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        return users.Select(u => new UserDto(u.Id, u.Email, u.DisplayName,
                userRoles.Where(r => r.UserId == u.Id).Select(r => roleNames[r.RoleId]).ToList(),
                u.CityCode, u.OrganizationId, u.IsDisabled, u.CreatedAtUtc))
            .ToList();
    }

    private static async Task<IResult> SetDisabled(string id, bool disabled, DisableUser disable, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text)
    {
        var outcome = await disable.RunAsync(id, disabled);
        return outcome.Succeeded ? TypedResults.NoContent() : Problems.Validation(text, outcome.Errors);
    }
}
