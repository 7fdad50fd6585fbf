namespace GreenBuild.Supervision.Draw;

/// <summary>
/// What a verification found: the draw recomputed from the inputs, the list's SHA-256, and whether it
/// equals the announced digest (null when none was given). A different digest means the list is not the
/// one announced: the result is shown, but it is not the announced draw.
/// </summary>
public sealed record DrawVerification(DrawResult Result, string? AnnouncedDigest, bool? DigestMatches);
