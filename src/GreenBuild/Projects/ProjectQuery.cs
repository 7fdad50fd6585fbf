using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects;

/// <summary>
/// The filters of the project list, shared by the page, the API, the export and the bulk re-check so that "what I
/// see" and "what I export" are the same projects. Always within the caller's scope.
/// </summary>
public sealed record ProjectQuery
{
    /// <summary>A county, or a prefecture with its counties.</summary>
    public string? City { get; init; }

    public ProjectStage? Stage { get; init; }

    public ProjectBuildingType? Type { get; init; }

    public Funding? Funding { get; init; }

    public GreenLevel? GreenLevel { get; init; }

    /// <summary>Year of 施工图审查.</summary>
    public int? Year { get; init; }

    /// <summary>Only projects whose latest check has 强制 findings.</summary>
    public bool? HasMandatoryFindings { get; init; }

    /// <summary>Searches code, name and location.</summary>
    public string? Q { get; init; }

    /// <summary>The caller's scope: the province sees all, a city officer its city, an applicant its organization.</summary>
    internal static IQueryable<Project> Visible(GreenBuildDb db, DataScope scope)
    {
        var projects = db.Set<Project>().AsNoTracking();
        return scope.IsProvince ? projects
            : scope.CityCode is not null ? scope.WithinCity(projects, p => p.CityCode)
            : scope.WithinOrganization(projects, p => p.OrganizationId);
    }

    internal IQueryable<Project> Apply(GreenBuildDb db, DataScope scope)
    {
        var query = Visible(db, scope);
        if (!string.IsNullOrWhiteSpace(City))
        {
            var prefix = City.Length == 6 && City.EndsWith("00", StringComparison.Ordinal) ? City[..4] : City;
            query = query.Where(p => p.CityCode.StartsWith(prefix));
        }

        if (Stage is { } stage)
        {
            query = query.Where(p => p.Stage == stage);
        }

        if (Type is { } type)
        {
            query = query.Where(p => p.BuildingType == type);
        }

        if (Funding is { } funding)
        {
            query = query.Where(p => p.Funding == funding);
        }

        if (GreenLevel is { } level)
        {
            query = query.Where(p => p.GreenLevel == level);
        }

        if (Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            query = query.Where(p => p.DesignReviewDate >= from && p.DesignReviewDate < to);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(p => p.Code.Contains(q) || p.Name.Contains(q) || (p.Location != null && p.Location.Contains(q)));
        }

        if (HasMandatoryFindings is { } mandatory)
        {
            query = mandatory ? query.Where(p => p.MandatoryFindings > 0) : query.Where(p => p.MandatoryFindings == 0);
        }

        return query;
    }
}
