using System.Linq.Expressions;
using System.Security.Claims;
using GreenBuild.Platform.Places;

namespace GreenBuild.Platform.Accounts;

/// <summary>A record that belongs to a city (its GB/T 2260 code, prefecture or county).</summary>
public interface ICityScoped
{
    string CityCode { get; }
}

/// <summary>A record that belongs to an organization (an applicant's project, application…).</summary>
public interface IOrganizationScoped
{
    Guid OrganizationId { get; }
}

/// <summary>
/// What a principal may see: everything (province), one prefecture with its counties (city officer),
/// or one organization's records (applicant). Built from the principal's claims.
/// </summary>
public sealed record DataScope(bool IsProvince, string? CityCode, Guid? OrganizationId)
{
    public static DataScope Of(ClaimsPrincipal user) => new(
        user.IsInRole(Roles.ProvinceAdmin) || user.IsInRole(Roles.ProvinceOfficer),
        // Only a city officer's city widens what it sees; an inspector's or applicant's city does not.
        user.IsInRole(Roles.CityOfficer) ? user.FindFirstValue(PlatformClaims.CityCode) : null,
        Guid.TryParse(user.FindFirstValue(PlatformClaims.OrganizationId), out var org) ? org : null);

    /// <summary>A prefecture's officer sees the prefecture and every county under it.</summary>
    public bool CanSeeCity(string code) =>
        IsProvince || (CityCode is not null && Place.PrefectureOf(code) == Place.PrefectureOf(CityCode));

    public bool CanSeeOrganization(Guid organizationId) => IsProvince || OrganizationId == organizationId;

    /// <summary>Filters a query to the cities this scope sees (translatable to SQL on both databases).</summary>
    public IQueryable<T> WithinCity<T>(IQueryable<T> query, Expression<Func<T, string>> cityCode)
    {
        if (IsProvince)
        {
            return query;
        }

        if (CityCode is null)
        {
            return query.Where(_ => false);
        }

        var prefix = CityCode[..4];
        var parameter = cityCode.Parameters[0];
        var startsWith = Expression.Call(cityCode.Body, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!,
            Expression.Constant(prefix));
        return query.Where(Expression.Lambda<Func<T, bool>>(startsWith, parameter));
    }

    /// <summary>Filters a query to this scope's organization (everything for the province).</summary>
    public IQueryable<T> WithinOrganization<T>(IQueryable<T> query, Expression<Func<T, Guid>> organizationId)
    {
        if (IsProvince)
        {
            return query;
        }

        var parameter = organizationId.Parameters[0];
        var equals = Expression.Equal(organizationId.Body, Expression.Constant(OrganizationId ?? Guid.Empty));
        return query.Where(Expression.Lambda<Func<T, bool>>(equals, parameter));
    }
}
