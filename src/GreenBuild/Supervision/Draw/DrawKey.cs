using System.Globalization;
using System.Numerics;
using System.Text;
using GreenBuild.Platform.Accounts;

namespace GreenBuild.Supervision.Draw;

/// <summary>
/// The RFC 3797 §4 key from the entered sources, or the errors that prevent it. Values are non-negative
/// integers in ASCII or full-width digits (NFKC), separated by spaces, commas or 、. Fractions are refused:
/// RFC 3797's reference code writes several fractional values of one source without a separator between
/// them, so a draw here announces integer sources only (a price in fen, not yuan).
/// </summary>
public sealed record DrawKey(string Key, IReadOnlyList<CanonicalSource> Sources)
{
    /// <summary>More than any announcement needs; keeps a pasted novel from being hashed.</summary>
    public const int MaxSources = 16;

    public const int MaxValuesPerSource = 64;

    public const int MaxDigits = 40;

    private static readonly char[] Separators = [' ', '\t', ',', '、', ';'];

    public static Outcome<DrawKey> From(IReadOnlyList<DrawSource> sources)
    {
        if (sources.Count == 0)
        {
            return Outcome<DrawKey>.Fail(new PlatformError("draw.sources.none", "sources", "draw.error.sources.none"));
        }

        if (sources.Count > MaxSources)
        {
            return Outcome<DrawKey>.Fail(new PlatformError("draw.sources.many", "sources", "draw.error.sources.many", sources.Count, MaxSources));
        }

        var errors = new List<PlatformError>();
        var values = new List<BigInteger>?[sources.Count];
        var canonical = new string?[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            values[i] = ParseValues(sources[i], i, errors);
            canonical[i] = values[i] is { } parsed ? Rfc3797.CanonicalSource(parsed) : null;
        }

        errors.AddRange(Conflicts(sources, canonical));
        if (errors.Count > 0)
        {
            return Outcome<DrawKey>.Fail([.. errors]);
        }

        var canonicalSources = sources.Select((s, i) => new CanonicalSource(s.Name ?? "#" + (i + 1).ToString(CultureInfo.InvariantCulture), s.Values, canonical[i]!));
        return Outcome<DrawKey>.Ok(new DrawKey(Rfc3797.Key(values.Select(v => v!)), [.. canonicalSources]));
    }

    private static List<BigInteger>? ParseValues(DrawSource source, int index, List<PlatformError> errors)
    {
        var field = $"sources[{index}]";
        var label = Label(source, index);
        var tokens = source.Values.Normalize(NormalizationForm.FormKC).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length == 0)
        {
            errors.Add(new PlatformError("draw.source.empty", field, "draw.error.source.empty", label));
            return null;
        }

        if (tokens.Length > MaxValuesPerSource)
        {
            errors.Add(new PlatformError("draw.source.many", field, "draw.error.source.many", label, tokens.Length, MaxValuesPerSource));
            return null;
        }

        var values = new List<BigInteger>();
        foreach (var token in tokens)
        {
            if (token.Length > MaxDigits || !token.All(char.IsAsciiDigit))
            {
                errors.Add(new PlatformError("draw.source.number", field, "draw.error.source.number", label, token));
                continue;
            }

            values.Add(BigInteger.Parse(token, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return values.Count == tokens.Length ? values : null;
    }

    /// <summary>
    /// A source entered twice: the same name twice (with the same or other values), or the same values
    /// under no distinct names. <paramref name="canonical"/> is aligned with <paramref name="entered"/>
    /// (null where the values did not parse; those are compared as entered).
    /// </summary>
    private static IEnumerable<PlatformError> Conflicts(IReadOnlyList<DrawSource> entered, IReadOnlyList<string?> canonical)
    {
        var byName = entered.Select((s, i) => (s.Name, Index: i)).Where(s => s.Name is not null).GroupBy(s => s.Name!, StringComparer.Ordinal);
        foreach (var group in byName.Where(g => g.Count() > 1))
        {
            var first = group.First().Index;
            foreach (var (_, index) in group.Skip(1))
            {
                var same = canonical[first] is not null && canonical[index] is not null
                    ? canonical[first] == canonical[index]
                    : entered[first].Values == entered[index].Values;
                yield return same
                    ? new PlatformError("draw.source.duplicate", $"sources[{index}]", "draw.error.source.duplicate", Label(entered[index], index), first + 1)
                    : new PlatformError("draw.source.contradiction", $"sources[{index}]", "draw.error.source.contradiction",
                        Label(entered[index], index), first + 1, entered[first].Values, entered[index].Values);
            }
        }

        for (var i = 0; i < canonical.Count; i++)
        {
            for (var j = i + 1; j < canonical.Count; j++)
            {
                var named = entered[i].Name is not null && entered[j].Name is not null;
                if (!named && canonical[i] is not null && canonical[i] == canonical[j])
                {
                    yield return new PlatformError("draw.source.duplicate", $"sources[{j}]", "draw.error.source.duplicate", Label(entered[j], j), i + 1);
                }
            }
        }
    }

    private static string Label(DrawSource source, int index) =>
        source.Name is null ? $"#{index + 1}" : $"#{index + 1} {source.Name}";
}
