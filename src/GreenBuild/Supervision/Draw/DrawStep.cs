namespace GreenBuild.Supervision.Draw;

/// <summary>
/// One step of a draw: the RFC 3797 line (counter, MD5, divisor, remainder, position) and what it meant —
/// the candidate at that position chosen, or skipped under an avoidance rule (回避) with the reason.
/// </summary>
public sealed record DrawStep(Rfc3797Step Rfc, string Candidate, bool Chosen, string? SkipReason);
