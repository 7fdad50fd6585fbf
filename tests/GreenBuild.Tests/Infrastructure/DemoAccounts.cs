using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Demo;

namespace GreenBuild.Tests.Infrastructure;

/// <summary>The demo account the tests sign in as for each role.</summary>
public static class DemoAccounts
{
    public static string EmailOf(string role) => role switch
    {
        Roles.ProvinceAdmin => $"admin@{SeedPlatformDemo.DemoDomain}",
        Roles.ProvinceOfficer => $"officer@{SeedPlatformDemo.DemoDomain}",
        Roles.CityOfficer => $"taiyuan@{SeedPlatformDemo.DemoDomain}",
        Roles.Applicant => $"applicant@{SeedPlatformDemo.DemoDomain}",
        Roles.Expert => $"expert@{SeedPlatformDemo.DemoDomain}",
        Roles.Inspector => $"inspector@{SeedPlatformDemo.DemoDomain}",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no demo account"),
    };

    /// <summary>Datong's city officer: "another city" in scope tests.</summary>
    public static readonly string OtherCityOfficer = $"datong@{SeedPlatformDemo.DemoDomain}";
}
