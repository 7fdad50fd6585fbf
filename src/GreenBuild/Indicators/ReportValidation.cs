using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;

namespace GreenBuild.Indicators;

/// <summary>The checks on a report's values (type, range, unit, required), each error naming the indicator.</summary>
internal static class ReportValidation
{
    /// <summary>Returns the parsed values (null = cleared); adds an error per bad value.</summary>
    public static IReadOnlyDictionary<string, decimal?> Check(
        IReadOnlyDictionary<string, Indicator> indicators, IReadOnlyList<ValueEntry> entries, bool requireAll, IReadOnlySet<string> alreadyPresent,
        List<PlatformError> errors)
    {
        var values = new Dictionary<string, decimal?>();
        foreach (var entry in entries)
        {
            if (!indicators.TryGetValue(entry.IndicatorCode ?? "", out var indicator))
            {
                errors.Add(new(ErrorCode("unknown"), entry.IndicatorCode ?? "", "indicators.value.unknown", entry.IndicatorCode ?? ""));
                continue;
            }

            if (values.ContainsKey(indicator.Code))
            {
                errors.Add(new(ErrorCode("duplicate"), indicator.Code, "indicators.value.duplicate", indicator.NameZh));
                continue;
            }

            if (entry.Unit is { Length: > 0 } unit && !SameUnit(unit, indicator.Unit))
            {
                errors.Add(new(ErrorCode("unit"), indicator.Code, "indicators.value.unit", indicator.NameZh, unit, indicator.Unit));
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.Value))
            {
                values[indicator.Code] = null;
                continue;
            }

            if (!SaveCityReport.TryParse(entry.Value, out var value))
            {
                errors.Add(new(ErrorCode("type"), indicator.Code, "indicators.value.type", indicator.NameZh, entry.Value));
                continue;
            }

            if (value < indicator.MinValue || value > indicator.MaxValue)
            {
                errors.Add(new(ErrorCode("range"), indicator.Code, "indicators.value.range", indicator.NameZh, value, indicator.MinValue.ToString("0.##"), indicator.MaxValue.ToString("0.##"), indicator.Unit));
                continue;
            }

            values[indicator.Code] = value;
        }

        if (requireAll)
        {
            foreach (var missing in indicators.Values.Where(i => values.TryGetValue(i.Code, out var v) ? v is null : !alreadyPresent.Contains(i.Code)).OrderBy(i => i.SortOrder))
            {
                errors.Add(new(ErrorCode("required"), missing.Code, "indicators.value.required", missing.NameZh));
            }
        }

        return values;
    }

    private static string ErrorCode(string kind) => $"indicators.value.{kind}";

    private static bool SameUnit(string given, string expected) =>
        Normalize(given) == Normalize(expected);

    private static string Normalize(string unit) =>
        unit.Trim().Replace("平方米", "m²", StringComparison.Ordinal).Replace("m2", "m²", StringComparison.Ordinal).Replace("％", "%", StringComparison.Ordinal);
}
