namespace GreenBuild.Standards.GreenRating;

/// <summary>One requirement of §3.2.8 and the highest level it allows.</summary>
/// <param name="Id">Stable id, e.g. "total-score", "category-minimum", "full-decoration", "envelope".</param>
/// <param name="NameZh">The requirement in Chinese.</param>
/// <param name="Applicable">False when the row does not apply to this building (it then limits nothing).</param>
/// <param name="HighestLevel">The highest level this requirement alone allows.</param>
/// <param name="Status">"checked" or "unverified": the verification status of the rule's values.</param>
public sealed record RequirementResult(string Id, string NameZh, bool Applicable, GreenLevel HighestLevel, string Status);
