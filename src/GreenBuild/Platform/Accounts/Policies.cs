using Microsoft.AspNetCore.Authorization;

namespace GreenBuild.Platform.Accounts;

/// <summary>
/// The authorization policies every module uses, so that an endpoint says who may call it in one line:
/// <c>group.RequireAuthorization(Policies.ProvinceOnly)</c>. Data scope (own city, own organization) is
/// applied to queries with <see cref="DataScope"/> and to single records with
/// <c>authorization.AuthorizeAsync(user, record, Policies.OwnCity)</c>.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user or API key.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>省厅 — ProvinceAdmin or ProvinceOfficer.</summary>
    public const string ProvinceOnly = "ProvinceOnly";

    /// <summary>省厅管理员 only: configuration, users, keys, audit.</summary>
    public const string ProvinceAdmin = "ProvinceAdmin";

    /// <summary>The province or a city officer (city officers then see their own city only).</summary>
    public const string Officials = "Officials";

    /// <summary>Resource policy: the record's city is the user's city, or the user is provincial.</summary>
    public const string OwnCity = "OwnCity";

    /// <summary>Resource policy: the record belongs to the user's organization, or the user is provincial.</summary>
    public const string OwnOrganization = "OwnOrganization";

    private static readonly string[] Schemes = [Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme, ApiKeyAuthenticationHandler.SchemeName];

    /// <summary>A module's own policy for a set of roles, built as the platform's are (cookie or API key, key scopes apply).</summary>
    public static AuthorizationPolicy ForRoles(params string[] roles) => Base().RequireRole(roles).Build();

    private static AuthorizationPolicyBuilder Base() => new AuthorizationPolicyBuilder(Schemes)
        .RequireAuthenticatedUser().AddRequirements(new ApiKeyScopeRequirement());

    internal static void Configure(AuthorizationOptions options)
    {

        options.DefaultPolicy = Base().Build();
        options.AddPolicy(SignedIn, Base().Build());
        options.AddPolicy(ProvinceOnly, Base().RequireRole(Roles.ProvinceAdmin, Roles.ProvinceOfficer).Build());
        options.AddPolicy(ProvinceAdmin, Base().RequireRole(Roles.ProvinceAdmin).Build());
        options.AddPolicy(Officials, Base().RequireRole(Roles.ProvinceAdmin, Roles.ProvinceOfficer, Roles.CityOfficer).Build());
        options.AddPolicy(OwnCity, Base().AddRequirements(new OwnCityRequirement()).Build());
        options.AddPolicy(OwnOrganization, Base().AddRequirements(new OwnOrganizationRequirement()).Build());
    }
}
