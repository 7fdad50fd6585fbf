using System.Text.RegularExpressions;
using GreenBuild.Platform.Accounts;

namespace GreenBuild.Supervision.Draw;

/// <summary>
/// 抽取验证 — recomputes a draw from its published inputs: the public page, <c>POST /api/v1/draw/verify</c>
/// and <c>greenbuild draw verify</c> all call this, so they cannot disagree.
/// </summary>
public static partial class VerifyDraw
{
    public const int MaxAvoidLines = Rfc3797.MaxPool;

    public static Outcome<DrawVerification> Run(DrawVerifyRequest request)
    {
        var errors = new List<PlatformError>();
        var list = CandidateList.Parse(request.Candidates ?? "");
        var key = DrawKey.From([.. (request.Sources ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(DrawSource.Parse)]);
        errors.AddRange(list.Errors);
        errors.AddRange(key.Errors);
        var digest = request.Digest?.Trim();
        if (!string.IsNullOrEmpty(digest) && !Sha256Hex().IsMatch(digest))
        {
            errors.Add(new PlatformError("draw.digest.format", "digest", "draw.error.digest.format", digest));
        }

        var avoid = list.Value is null ? null : ParseAvoid(request.Avoid, list.Value, errors);
        if (errors.Count > 0)
        {
            return Outcome<DrawVerification>.Fail([.. errors]);
        }

        var draw = DrawCandidates.Run(list.Value!, request.Count, key.Value!, avoid is null ? null : (candidate, _) => avoid.GetValueOrDefault(candidate));
        if (!draw.Succeeded)
        {
            return Outcome<DrawVerification>.Fail([.. draw.Errors]);
        }

        var matches = string.IsNullOrEmpty(digest) ? (bool?)null : string.Equals(digest, list.Value!.Sha256, StringComparison.OrdinalIgnoreCase);
        return Outcome<DrawVerification>.Ok(new DrawVerification(draw.Value!, string.IsNullOrEmpty(digest) ? null : digest.ToLowerInvariant(), matches));
    }

    /// <summary>Avoidance list: one candidate id per line, optionally a tab and the published reason. An id not on the list is refused (a typo would silently avoid nobody).</summary>
    private static Dictionary<string, string>? ParseAvoid(string? text, CandidateList list, List<PlatformError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var known = list.Ids.ToHashSet(StringComparer.Ordinal);
        var avoid = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length && i < MaxAvoidLines; i++)
        {
            var parts = lines[i].Split('\t', 2);
            var id = parts[0].Trim();
            if (id.Length == 0)
            {
                continue;
            }

            if (!known.Contains(id))
            {
                errors.Add(new PlatformError("draw.avoid.unknown", "avoid", "draw.error.avoid.unknown", i + 1, id));
                continue;
            }

            avoid[id] = parts.Length > 1 ? parts[1].Trim() : "";
        }

        return avoid;
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();
}
