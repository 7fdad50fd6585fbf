using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GreenBuild.Platform.Accounts;

/// <summary>Puts the user's display name, city and organization into the sign-in cookie.</summary>
internal sealed class GreenBuildClaimsFactory(
    UserManager<GreenBuildUser> users, RoleManager<GreenBuildRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<GreenBuildUser, GreenBuildRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GreenBuildUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(PrincipalClaims.For(user));
        return identity;
    }
}

/// <summary>The GreenBuild claims of a user, shared by cookie sign-in and API keys.</summary>
internal static class PrincipalClaims
{
    public static IEnumerable<Claim> For(GreenBuildUser user)
    {
        yield return new Claim(PlatformClaims.DisplayName, user.DisplayName);
        if (user.CityCode is { } city)
        {
            yield return new Claim(PlatformClaims.CityCode, city);
        }

        if (user.OrganizationId is { } org)
        {
            yield return new Claim(PlatformClaims.OrganizationId, org.ToString());
        }
    }
}

/// <summary>A disabled account is "not confirmed", so Identity refuses its sign-in with NotAllowed.</summary>
internal sealed class EnabledAccountConfirmation : IUserConfirmation<GreenBuildUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<GreenBuildUser> manager, GreenBuildUser user) =>
        Task.FromResult(!user.IsDisabled);
}
