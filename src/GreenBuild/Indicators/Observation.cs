namespace GreenBuild.Indicators;

/// <summary>
/// One input of a figure: an approved reported value with who entered, submitted and approved it, or a value
/// computed by a named query (<see cref="Query"/>) with what it was computed from (<see cref="Computed"/>).
/// </summary>
public sealed record Observation(
    string IndicatorCode, string CityCode, int Year, decimal Value, Guid ReportId,
    string EnteredBy, string? SubmittedBy, string? ReviewedBy, DateTime? ReviewedAtUtc, bool IsDemo,
    string? Query = null, Sources.ComputedValue? Computed = null);
