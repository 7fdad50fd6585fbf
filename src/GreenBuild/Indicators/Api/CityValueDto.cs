namespace GreenBuild.Indicators.Api;

/// <summary>One city's latest value of an indicator, for the map and the city table.</summary>
public sealed record CityValueDto(string CityCode, string CityName, decimal? Value, int? Year, decimal? Target, IndicatorStatus Status);
