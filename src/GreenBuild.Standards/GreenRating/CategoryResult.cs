namespace GreenBuild.Standards.GreenRating;

/// <summary>One category of table 3.2.7 as scored, with its 30% minimum of §3.2.8.</summary>
/// <param name="Category">The category.</param>
/// <param name="NameZh">Its Chinese name, e.g. "安全耐久".</param>
/// <param name="Symbol">Its symbol, Q1–Q5.</param>
/// <param name="Score">The score counted.</param>
/// <param name="Maximum">The stage's maximum.</param>
/// <param name="Minimum">The minimum required for a star (30% of the maximum).</param>
/// <param name="MeetsMinimum">Whether the score reaches the minimum.</param>
public sealed record CategoryResult(
    RatingCategory Category,
    string NameZh,
    string Symbol,
    decimal Score,
    decimal Maximum,
    decimal Minimum,
    bool MeetsMinimum);
