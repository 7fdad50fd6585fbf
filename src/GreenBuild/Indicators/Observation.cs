namespace GreenBuild.Indicators;

/// <summary>One approved reported value with who entered, submitted and approved it: the input of a figure.</summary>
public sealed record Observation(
    string IndicatorCode, string CityCode, int Year, decimal Value, Guid ReportId,
    string EnteredBy, string? SubmittedBy, string? ReviewedBy, DateTime? ReviewedAtUtc, bool IsDemo);
