using GreenBuild.Platform.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace GreenBuild.Supervision;

/// <summary>
/// The module's two role sets beyond the platform's policies: the field (officials and inspectors: recording and
/// re-inspecting) and the inspected (officials and applicants: reporting a rectification). Built like the platform's
/// policies (cookie or API key, with the key's scope checked); records are then checked one by one.
/// </summary>
internal static class SupervisionPolicies
{
    public const string Field = "Supervision.Field";

    public const string Inspected = "Supervision.Inspected";

    public static void Add(AuthorizationOptions options)
    {
        string[] schemes = [IdentityConstants.ApplicationScheme, ApiKeyAuthenticationHandler.SchemeName];
        AuthorizationPolicyBuilder Base() => new AuthorizationPolicyBuilder(schemes).RequireAuthenticatedUser().AddRequirements(new ApiKeyScopeRequirement());
        options.AddPolicy(Field, Base().RequireRole(Roles.ProvinceAdmin, Roles.ProvinceOfficer, Roles.CityOfficer, Roles.Inspector).Build());
        options.AddPolicy(Inspected, Base().RequireRole(Roles.ProvinceAdmin, Roles.ProvinceOfficer, Roles.CityOfficer, Roles.Applicant).Build());
    }
}
