namespace GreenBuild.Standards.AssemblyRate;

/// <summary>One item of table 4.0.1 as scored.</summary>
/// <param name="Item">The item.</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="Part">The part it belongs to.</param>
/// <param name="Applicable">False when the building lacks the item (it then counts in Q4).</param>
/// <param name="RatioPercent">The application ratio given, % (null for 全装修 and non-applicable items).</param>
/// <param name="Score">The score (interpolated ones rounded as the table says).</param>
/// <param name="Maximum">The item's maximum score.</param>
public sealed record AssemblyItemScore(
    AssemblyItem Item,
    string NameZh,
    AssemblyPart Part,
    bool Applicable,
    decimal? RatioPercent,
    decimal Score,
    decimal Maximum);
