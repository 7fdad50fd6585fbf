namespace GreenBuild.Indicators;

/// <summary>A value as entered (form, API, Excel): text to be checked for type, range and unit.</summary>
public sealed record ValueEntry(string IndicatorCode, string? Value, string? Unit = null);
