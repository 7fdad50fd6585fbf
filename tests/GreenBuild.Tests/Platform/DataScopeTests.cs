using System.Security.Claims;
using GreenBuild.Platform.Accounts;

namespace GreenBuild.Tests.Platform;

/// <summary>Who sees which city's and organization's records.</summary>
public sealed class DataScopeTests
{
    private static ClaimsPrincipal Principal(string role, string? city = null, Guid? org = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Role, role) };
        if (city is not null)
        {
            claims.Add(new Claim(PlatformClaims.CityCode, city));
        }

        if (org is not null)
        {
            claims.Add(new Claim(PlatformClaims.OrganizationId, org.ToString()!));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public void A_city_officer_sees_its_prefecture_and_its_counties_but_not_another_city()
    {
        var scope = DataScope.Of(Principal(Roles.CityOfficer, "140100"));
        Assert.True(scope.CanSeeCity("140100"));
        Assert.True(scope.CanSeeCity("140181")); // 古交市, under 太原
        Assert.False(scope.CanSeeCity("140200"));
        Assert.False(scope.CanSeeCity("140212"));
    }

    [Fact]
    public void The_province_sees_every_city_and_organization()
    {
        var scope = DataScope.Of(Principal(Roles.ProvinceOfficer));
        Assert.True(scope.CanSeeCity("141100"));
        Assert.True(scope.CanSeeOrganization(Guid.NewGuid()));
    }

    [Fact]
    public void An_applicant_sees_only_its_own_organization_and_its_city_claim_grants_nothing()
    {
        var own = Guid.NewGuid();
        var scope = DataScope.Of(Principal(Roles.Applicant, "140100", own));
        Assert.True(scope.CanSeeOrganization(own));
        Assert.False(scope.CanSeeOrganization(Guid.NewGuid()));
        Assert.False(scope.CanSeeCity("140100"));
    }

    [Fact]
    public void Query_filters_keep_only_the_scope_of_the_user()
    {
        var rows = new[] { ("140100", 1), ("140181", 2), ("140200", 3) }.AsQueryable();
        var city = DataScope.Of(Principal(Roles.CityOfficer, "140100"));
        Assert.Equal([1, 2], city.WithinCity(rows, r => r.Item1).Select(r => r.Item2).ToArray());
        Assert.Empty(DataScope.Of(Principal(Roles.Expert)).WithinCity(rows, r => r.Item1));
    }
}
