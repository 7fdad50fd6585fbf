using GreenBuild.Supervision.Draw;

namespace GreenBuild.Supervision.Api;

/// <summary>The verification as JSON: digest check, key, canonical sources, every RFC 3797 step and the selection.</summary>
internal sealed record DrawVerificationDto(
    int Candidates, string Sha256, string? AnnouncedDigest, bool? DigestMatches, string Key,
    IReadOnlyList<CanonicalSource> Sources, IReadOnlyList<DrawVerificationDto.Step> Steps, IReadOnlyList<DrawVerificationDto.Pick> Selected)
{
    /// <summary>One RFC 3797 step; <c>index</c> is 1-based as in RFC 3797 §6, <c>counter</c> the two-byte value hashed.</summary>
    internal sealed record Step(int Index, int Counter, string Md5, int Remaining, int Remainder, int Position, string Candidate, bool Chosen, string? SkipReason);

    internal sealed record Pick(int Position, string Candidate);

    public static DrawVerificationDto From(DrawVerification verification)
    {
        var result = verification.Result;
        return new DrawVerificationDto(result.List.Count, result.List.Sha256, verification.AnnouncedDigest, verification.DigestMatches, result.Key.Key, result.Key.Sources,
            [.. result.Steps.Select(s => new Step(s.Rfc.Counter + 1, s.Rfc.Counter, s.Rfc.Md5, s.Rfc.Remaining, s.Rfc.Remainder, s.Rfc.Position, s.Candidate, s.Chosen, s.SkipReason))],
            [.. result.Selected.Select(s => new Pick(s.Rfc.Position, s.Candidate))]);
    }
}
