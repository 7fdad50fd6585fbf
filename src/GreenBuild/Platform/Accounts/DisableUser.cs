using Microsoft.AspNetCore.Identity;

namespace GreenBuild.Platform.Accounts;

/// <summary>Disables (or re-enables) an account; its sessions end because the security stamp changes.</summary>
public sealed class DisableUser(UserManager<GreenBuildUser> users)
{
    public async Task<Outcome<GreenBuildUser>> RunAsync(string emailOrId, bool disabled = true)
    {
        var user = await users.FindByEmailAsync(emailOrId) ?? await users.FindByIdAsync(emailOrId);
        if (user is null)
        {
            return Outcome<GreenBuildUser>.Fail(new PlatformError("user.unknown", "email", "error.user.unknown", emailOrId));
        }

        user.IsDisabled = disabled;
        await users.UpdateSecurityStampAsync(user);
        return Outcome<GreenBuildUser>.Ok(user);
    }
}
