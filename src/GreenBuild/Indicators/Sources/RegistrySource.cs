using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators.Sources;

/// <summary>How a registry query turns the projects of a city-year into a value.</summary>
public enum RegistryMeasure
{
    /// <summary>Area share in %: 100 × area of the projects that count ÷ area of the population.</summary>
    AreaShare,

    /// <summary>Area in 万m² of the projects that count.</summary>
    Area,

    /// <summary>Number of projects that count.</summary>
    Count,
}

/// <summary>
/// The registry's computed indicators share one population: new urban buildings (城镇新建建筑) of the given types,
/// counted in the year of their 施工图审查 (the design the rules judged), by the prefecture they are built in.
/// Each query says which of them count and how they are weighed.
/// </summary>
public abstract class RegistrySource(GreenBuildDb db, RuleSetCatalog ruleSets) : IIndicatorSource
{
    /// <summary>The current rule set (its rules in force on each project's review date decide what complies).</summary>
    protected RuleSet Rules { get; private set; } = null!;

    public const string Province = "140000";

    public abstract string Query { get; }

    public abstract string RuleKey { get; }

    protected abstract RegistryMeasure Measure { get; }

    /// <summary>The building types of the population (民用建筑 for green-building shares).</summary>
    protected virtual IReadOnlyList<ProjectBuildingType> Types => [ProjectBuildingType.Residential, ProjectBuildingType.Public];

    /// <summary>Whether a project of the population counts toward the value.</summary>
    protected abstract bool Counts(Project project);

    /// <summary>A short description of the project's relevant fields, for the records list.</summary>
    protected abstract string Describe(Project project);

    public async Task<IReadOnlyList<ComputedValue>> ComputeAsync(int fromYear, int toYear, CancellationToken cancellationToken)
    {
        Rules = await ruleSets.CurrentAsync(cancellationToken);
        var projects = await PopulationAsync(null, fromYear, toYear, cancellationToken);
        var values = projects.GroupBy(p => (City: Place.PrefectureOf(p.CityCode), Year: p.DesignReviewDate!.Value.Year))
            .Select(g => Value(g.Key.City, g.Key.Year, [.. g]))
            .ToList();
        if (Measure == RegistryMeasure.AreaShare)
        {
            // The province's share weighs every project, not the mean of the cities' shares.
            values.AddRange(projects.GroupBy(p => p.DesignReviewDate!.Value.Year).Select(g => Value(Province, g.Key, [.. g])));
        }

        return [.. values.OrderBy(v => v.Year).ThenBy(v => v.CityCode)];
    }

    public async Task<IReadOnlyList<SourceRecord>> RecordsAsync(string? cityCode, int year, CancellationToken cancellationToken)
    {
        Rules = await ruleSets.CurrentAsync(cancellationToken);
        var projects = await PopulationAsync(cityCode is null or Province ? null : cityCode, year, year, cancellationToken);
        return [.. projects.Where(p => Measure == RegistryMeasure.AreaShare || Counts(p))
            .OrderByDescending(Counts).ThenBy(p => p.Code)
            .Select(p => new SourceRecord(p.Id, p.Code, p.Name, p.CityCode, year, Measure == RegistryMeasure.Count ? 1 : p.FloorArea, Counts(p), Describe(p)))];
    }

    private ComputedValue Value(string city, int year, List<Project> projects)
    {
        var counted = projects.Where(Counts).ToList();
        var isDemo = projects.Any(p => p.IsDemo);
        return Measure switch
        {
            RegistryMeasure.AreaShare => Share(city, year, projects, counted, isDemo),
            RegistryMeasure.Area => new ComputedValue(city, year, Math.Round(counted.Sum(p => p.FloorArea) / 10_000m, 2), counted.Sum(p => p.FloorArea), null, counted.Count, isDemo),
            _ => new ComputedValue(city, year, counted.Count, counted.Count, null, counted.Count, isDemo),
        };
    }

    private static ComputedValue Share(string city, int year, List<Project> all, List<Project> counted, bool isDemo)
    {
        var total = all.Sum(p => p.FloorArea);
        var part = counted.Sum(p => p.FloorArea);
        return new ComputedValue(city, year, total == 0 ? 0 : Math.Round(100m * part / total, 2), part, total, all.Count, isDemo);
    }

    private async Task<List<Project>> PopulationAsync(string? cityCode, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var from = new DateOnly(fromYear, 1, 1);
        var to = new DateOnly(toYear + 1, 1, 1);
        var types = Types.ToList();
        var query = db.Set<Project>().AsNoTracking()
            .Where(p => p.IsUrban && p.IsNewBuilding && types.Contains(p.BuildingType) && p.DesignReviewDate >= from && p.DesignReviewDate < to);
        if (cityCode is not null)
        {
            var prefix = cityCode[..4];
            query = query.Where(p => p.CityCode.StartsWith(prefix));
        }

        return await query.ToListAsync(cancellationToken);
    }
}
