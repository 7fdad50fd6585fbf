namespace GreenBuild.Standards;

/// <summary>差距 — one requirement of the next level that the result does not meet.</summary>
/// <param name="Requirement">Stable code of the requirement, e.g. "total-score" or "envelope".</param>
/// <param name="Clause">The clause that sets the requirement.</param>
/// <param name="Message">What is missing, in Chinese.</param>
/// <param name="Required">The value required, as invariant text.</param>
/// <param name="Actual">The value reached, as invariant text ("—" when not given).</param>
public sealed record Shortfall(string Requirement, string Clause, string Message, string Required, string Actual);
