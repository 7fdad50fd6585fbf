namespace GreenBuild.Indicators.Assessment;

/// <summary>The frozen content of an assessment run: which scheme, which year, the ranked cities.</summary>
public sealed record AssessmentResult(Guid SchemeId, string SchemeName, int SchemeVersion, int Year, IReadOnlyList<CityScore> Cities);
