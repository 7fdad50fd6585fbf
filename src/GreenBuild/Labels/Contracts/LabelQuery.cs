namespace GreenBuild.Labels.Contracts;

/// <summary>Which labels a query counts: a city (GB/T 2260, a prefecture includes its counties) or all, and optionally only those granted in one year (Beijing time).</summary>
public sealed record LabelQuery(string? CityCode = null, int? Year = null);
