using GreenBuild.Indicators.Model;

namespace GreenBuild.Indicators;

/// <summary>
/// Everything the figures are computed from, loaded once: the plan, its indicators, the city targets, the
/// 11 cities and the approved annual reports. Figures are computed in memory (decimal aggregation).
/// </summary>
public sealed record IndicatorSnapshot(
    Plan Plan, IReadOnlyList<Indicator> Indicators, IReadOnlyList<CityTarget> CityTargets,
    IReadOnlyList<(string Code, string Name)> Cities, IReadOnlyList<Observation> Observations)
{
    /// <summary>The city's own target, else the province's where it applies to each city, else none.</summary>
    public decimal? TargetFor(Indicator indicator, string? cityCode) =>
        cityCode is null ? indicator.TargetValue
        : CityTargets.FirstOrDefault(t => t.IndicatorCode == indicator.Code && t.CityCode == cityCode)?.Value
          ?? (indicator.TargetAppliesToEachCity ? indicator.TargetValue : null);

    public IndicatorFigure Figure(Indicator indicator, string? cityCode)
    {
        var inputs = Observations.Where(o => o.IndicatorCode == indicator.Code && (cityCode is null || o.CityCode == cityCode))
            .OrderBy(o => o.Year).ThenBy(o => o.CityCode).ToList();

        // A computed share has the province's own value (weighed over all projects); otherwise the cities' aggregate.
        var provinceOwn = inputs.Where(o => o.CityCode == Sources.RegistrySource.Province).ToList();
        var series = cityCode is not null ? CitySeries(indicator, inputs)
            : provinceOwn.Count > 0 ? CitySeries(indicator, provinceOwn)
            : ProvinceSeries(indicator, inputs);
        var target = TargetFor(indicator, cityCode);
        var result = StatusRule.Evaluate(new StatusInput(indicator.Direction, indicator.Measure, Plan.BaselineYear,
            cityCode is null ? indicator.BaselineValue : null, Plan.TargetYear, target, series));
        return new IndicatorFigure(indicator, cityCode, target, series, result, inputs);
    }

    /// <summary>A city's series: the reported values, as a running total for cumulative indicators.</summary>
    public static IReadOnlyList<YearValue> CitySeries(Indicator indicator, IEnumerable<Observation> observations)
    {
        var byYear = observations.GroupBy(o => o.Year).OrderBy(g => g.Key).Select(g => new YearValue(g.Key, g.Last().Value)).ToList();
        if (indicator.Measure == Measure.Level)
        {
            return byYear;
        }

        var total = 0m;
        return [.. byYear.Select(v => new YearValue(v.Year, total += v.Value))];
    }

    /// <summary>
    /// The province's series: per year, the cities' values (for cumulative indicators each city's running total
    /// so far) aggregated by the indicator's rule (mean, sum or minimum).
    /// </summary>
    public static IReadOnlyList<YearValue> ProvinceSeries(Indicator indicator, IReadOnlyList<Observation> observations)
    {
        var cities = observations.GroupBy(o => o.CityCode).ToDictionary(g => g.Key, g => CitySeries(indicator, g));
        var result = new List<YearValue>();
        foreach (var year in observations.Select(o => o.Year).Distinct().Order())
        {
            var values = cities.Values
                .Select(s => indicator.Measure == Measure.Cumulative ? s.LastOrDefault(v => v.Year <= year) : s.FirstOrDefault(v => v.Year == year))
                .OfType<YearValue>().Select(v => v.Value).ToList();
            var value = indicator.Aggregation switch
            {
                Aggregation.Sum => values.Sum(),
                Aggregation.Min => values.Min(),
                _ => Math.Round(values.Average(), 2),
            };
            result.Add(new YearValue(year, value));
        }

        return result;
    }
}
