using GreenBuild.Platform.Accounts;

namespace GreenBuild.Labels.Pages;

/// <summary>The roles of the label pages (as the API's <c>LabelRoles</c>).</summary>
internal static class PageRoles
{
    public const string Workflow = $"{Roles.ProvinceAdmin},{Roles.ProvinceOfficer},{Roles.CityOfficer},{Roles.Applicant},{Roles.Expert}";

    public const string Holders = $"{Roles.ProvinceAdmin},{Roles.ProvinceOfficer},{Roles.CityOfficer},{Roles.Applicant}";

    public const string Province = $"{Roles.ProvinceAdmin},{Roles.ProvinceOfficer}";
}
