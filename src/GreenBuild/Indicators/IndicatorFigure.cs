using GreenBuild.Indicators.Model;

namespace GreenBuild.Indicators;

/// <summary>An indicator for the province (<see cref="CityCode"/> null) or one city: its series, target, status and inputs.</summary>
public sealed record IndicatorFigure(
    Indicator Indicator, string? CityCode, decimal? Target, IReadOnlyList<YearValue> Series, StatusResult Result,
    IReadOnlyList<Observation> Inputs);
