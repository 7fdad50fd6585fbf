using System.Security.Claims;
using GreenBuild.Platform.Accounts;

namespace GreenBuild.Labels;

/// <summary>Who acts in a label use case: the user id and name (for the trail and notifications), and what it may see.</summary>
public sealed record LabelActor(string UserId, string Name, DataScope Scope, bool IsExpert, bool IsApplicant)
{
    public static LabelActor Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
        user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "公众",
        DataScope.Of(user), user.IsInRole(Roles.Expert), user.IsInRole(Roles.Applicant));

    /// <summary>The province acting outside a request (CLI, scheduler, demo data).</summary>
    public static LabelActor System(string name = "system") => new("system", name, new DataScope(true, null, null), false, false);

    public bool IsProvince => Scope.IsProvince;

    public bool IsCityOfficer => !Scope.IsProvince && Scope.CityCode is not null;
}
