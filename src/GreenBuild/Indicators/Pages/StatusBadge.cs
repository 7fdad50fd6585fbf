namespace GreenBuild.Indicators.Pages;

/// <summary>The Tabler colour of a status badge.</summary>
public static class StatusBadge
{
    public static string ClassOf(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Achieved => "bg-green-lt",
        IndicatorStatus.OnTrack => "bg-teal-lt",
        IndicatorStatus.AtRisk => "bg-yellow-lt",
        IndicatorStatus.Behind => "bg-red-lt",
        _ => "bg-secondary-lt",
    };

    /// <summary>A number as officials write it: up to two decimals, no trailing zeros.</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
