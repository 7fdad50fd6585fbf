namespace GreenBuild.Supervision.Draw;

/// <summary>
/// The published inputs of a draw, as text: the candidate list (one id per line), how many to draw, the
/// random sources ("name=values" or "values", in the announced order), the avoidance list (one id per
/// line, optionally a tab and the reason) and the digest announced for the list.
/// </summary>
public sealed record DrawVerifyRequest(string Candidates, int Count, IReadOnlyList<string> Sources, string? Avoid = null, string? Digest = null);
