using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GreenBuild.Platform.Accounts;

namespace GreenBuild.Supervision.Draw;

/// <summary>
/// 候选名单 — a published candidate list. The documented order: candidate ids sorted by their UTF-8 bytes
/// (Unicode code point order; what <c>LC_ALL=C sort</c> does), so whoever lists them orders them the same.
/// The canonical text is one id per line, each line ending in LF, UTF-8 without BOM; its SHA-256 (lower-case
/// hex) is published before the draw. Position n (1-based) in this order is RFC 3797's entry n.
/// </summary>
public sealed record CandidateList(IReadOnlyList<string> Ids, string CanonicalText, string Sha256)
{
    /// <summary>The RFC 3797 reference code's pool limit.</summary>
    public const int MaxCandidates = Rfc3797.MaxPool;

    public const int MaxIdLength = 200;

    public int Count => Ids.Count;

    /// <summary>
    /// Reads a pasted or uploaded list: one id per line (LF or CRLF), surrounding white space trimmed, blank
    /// lines ignored, in any order. Duplicates, over-long ids and lists beyond the pool limit are refused by line.
    /// </summary>
    public static Outcome<CandidateList> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<PlatformError>();
        for (var i = 0; i < lines.Length; i++)
        {
            var id = lines[i].Trim();
            if (id.Length == 0)
            {
                continue;
            }

            if (id.Length > MaxIdLength || id.Any(char.IsControl))
            {
                errors.Add(new PlatformError("draw.candidate.invalid", "candidates", "draw.error.candidate.invalid", i + 1, MaxIdLength));
            }
            else if (!seen.TryAdd(id, i + 1))
            {
                errors.Add(new PlatformError("draw.candidate.duplicate", "candidates", "draw.error.candidate.duplicate", i + 1, id, seen[id]));
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<CandidateList>.Fail([.. errors.Take(20)]);
        }

        if (seen.Count == 0)
        {
            return Outcome<CandidateList>.Fail(new PlatformError("draw.candidates.empty", "candidates", "draw.error.candidates.empty"));
        }

        if (seen.Count > MaxCandidates)
        {
            return Outcome<CandidateList>.Fail(new PlatformError("draw.candidates.many", "candidates", "draw.error.candidates.many", seen.Count, MaxCandidates));
        }

        return Outcome<CandidateList>.Ok(Of(seen.Keys));
    }

    /// <summary>The list of the given ids in the documented order (the ids must be distinct and valid, as <see cref="Parse"/> checks).</summary>
    public static CandidateList Of(IEnumerable<string> ids)
    {
        var ordered = ids.Order(Utf8Order.Instance).ToList();
        var text = new StringBuilder();
        foreach (var id in ordered)
        {
            text.Append(id).Append('\n');
        }

        var canonical = text.ToString();
        var digest = Convert.ToHexStringLower(SHA256.HashData(new UTF8Encoding(false).GetBytes(canonical)));
        return new CandidateList(ordered, canonical, digest);
    }

    /// <summary>Ordinal by Unicode code point (= by UTF-8 bytes); UTF-16 ordinal would differ above U+FFFF.</summary>
    private sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").EnumerateRunes().GetEnumerator();
            var b = (y ?? "").EnumerateRunes().GetEnumerator();
            while (true)
            {
                var (hasA, hasB) = (a.MoveNext(), b.MoveNext());
                if (!hasA || !hasB)
                {
                    return hasA.CompareTo(hasB);
                }

                var order = a.Current.Value.CompareTo(b.Current.Value);
                if (order != 0)
                {
                    return order;
                }
            }
        }
    }

    /// <summary>For messages: the id at a 1-based position.</summary>
    public string At(int position) => Ids[position - 1];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} candidates, sha256 {Sha256}");
}
