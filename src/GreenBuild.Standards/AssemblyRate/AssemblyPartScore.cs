namespace GreenBuild.Standards.AssemblyRate;

/// <summary>One part of table 4.0.1 as scored, with its minimum of §3.0.3.</summary>
/// <param name="Part">The part.</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="Symbol">Q1, Q2 or Q3.</param>
/// <param name="Score">The sum of its items' scores.</param>
/// <param name="Maximum">The part's maximum.</param>
/// <param name="Minimum">The minimum §3.0.3 requires (0 when none).</param>
public sealed record AssemblyPartScore(AssemblyPart Part, string NameZh, string Symbol, decimal Score, decimal Maximum, decimal Minimum)
{
    /// <summary>Whether the score reaches the minimum.</summary>
    public bool MeetsMinimum => Score >= Minimum;
}
