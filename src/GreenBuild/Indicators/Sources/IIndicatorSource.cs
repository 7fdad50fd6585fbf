namespace GreenBuild.Indicators.Sources;

/// <summary>
/// One computed value of a city (or the province, 140000) in a year, with what it was computed from: the
/// numerator (area m² or number of projects meeting the rule), the denominator (area m² of the population, null
/// for counts and sums) and the number of projects.
/// </summary>
public sealed record ComputedValue(string CityCode, int Year, decimal Value, decimal Numerator, decimal? Denominator, int Projects, bool IsDemo);

/// <summary>A record behind a computed value: a project, whether it counted, and its weight (area m² or 1).</summary>
public sealed record SourceRecord(Guid Id, string Code, string Name, string CityCode, int Year, decimal Weight, bool Counts, string Detail);

/// <summary>
/// A named query that computes a <see cref="Model.ObtainedBy.Computed"/> indicator from other modules' records
/// (STYLE rule 8: the one place a module reads another's tables). Each names its rule, so a figure can say how it
/// was obtained, and lists its records, so every value can be traced to them.
/// </summary>
public interface IIndicatorSource
{
    /// <summary>The query name the plan seed gives the indicator (e.g. <c>projects.green-share</c>).</summary>
    string Query { get; }

    /// <summary>Text key of the rule in words.</summary>
    string RuleKey { get; }

    Task<IReadOnlyList<ComputedValue>> ComputeAsync(int fromYear, int toYear, CancellationToken cancellationToken);

    /// <summary>The records of one year, for a prefecture (with its counties) or the whole province (null).</summary>
    Task<IReadOnlyList<SourceRecord>> RecordsAsync(string? cityCode, int year, CancellationToken cancellationToken);
}
