using GreenBuild.Platform.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace GreenBuild.Labels.Api;

/// <summary>Who reaches which label endpoints; record scope is applied inside (<see cref="LabelAccess"/>).</summary>
internal static class LabelRoles
{
    /// <summary>Everyone with a part in the workflow: the province, the cities, applicants and experts.</summary>
    public static readonly AuthorizeAttribute Workflow = new() { Roles = $"{Roles.ProvinceAdmin},{Roles.ProvinceOfficer},{Roles.CityOfficer},{Roles.Applicant},{Roles.Expert}" };

    public static readonly AuthorizeAttribute Applicant = new() { Roles = Roles.Applicant };

    public static readonly AuthorizeAttribute Expert = new() { Roles = Roles.Expert };

    /// <summary>Certificates: the officials and the holders.</summary>
    public static readonly AuthorizeAttribute Holders = new() { Roles = $"{Roles.ProvinceAdmin},{Roles.ProvinceOfficer},{Roles.CityOfficer},{Roles.Applicant}" };
}
