namespace GreenBuild.Platform.Accounts;

/// <summary>Claim types GreenBuild adds to a signed-in principal.</summary>
public static class PlatformClaims
{
    public const string DisplayName = "gb:name";
    public const string CityCode = "gb:city";
    public const string OrganizationId = "gb:org";
    public const string ApiKeyPrefix = "gb:apikey";
    public const string Scope = "gb:scope";
}
