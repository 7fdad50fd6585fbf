using Microsoft.AspNetCore.Identity;

namespace GreenBuild.Platform.Accounts;

/// <summary>Maps Identity's error codes to GreenBuild errors with Chinese messages in the resource files.</summary>
internal static class IdentityErrors
{
    public static PlatformError ToPlatformError(IdentityError error)
    {
        var field = error.Code switch
        {
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "password",
            "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" => "email",
            _ => "",
        };
        return new PlatformError("identity." + error.Code, field, "identity." + error.Code);
    }
}
