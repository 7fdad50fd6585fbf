using GreenBuild.Labels.Model;

namespace GreenBuild.Labels;

/// <summary>
/// Which files each kind of evidence admits, recognised by extension <b>and</b> by content (the file's first bytes),
/// so a renamed executable is refused as firmly as a wrong extension.
/// </summary>
internal static class EvidenceRules
{
    private static readonly Dictionary<string, (string ContentType, Func<ReadOnlyMemory<byte>, bool> Matches)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", b => StartsWith(b, "%PDF-"u8)),
        [".png"] = ("image/png", b => StartsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        [".jpg"] = ("image/jpeg", b => StartsWith(b, [0xFF, 0xD8, 0xFF])),
        [".jpeg"] = ("image/jpeg", b => StartsWith(b, [0xFF, 0xD8, 0xFF])),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b => StartsWith(b, [0x50, 0x4B, 0x03, 0x04])),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b => StartsWith(b, [0x50, 0x4B, 0x03, 0x04])),
        [".dwg"] = ("application/acad", b => StartsWith(b, "AC10"u8)),
        [".csv"] = ("text/csv", IsText),
    };

    public static readonly IReadOnlyDictionary<EvidenceKind, string[]> Allowed = new Dictionary<EvidenceKind, string[]>
    {
        [EvidenceKind.SelfAssessmentReport] = [".pdf"],
        [EvidenceKind.CompletionReport] = [".pdf"],
        [EvidenceKind.TestReport] = [".pdf"],
        [EvidenceKind.Drawing] = [".pdf", ".dwg", ".png", ".jpg", ".jpeg"],
        [EvidenceKind.Photo] = [".jpg", ".jpeg", ".png"],
        [EvidenceKind.OperationData] = [".xlsx", ".csv", ".pdf"],
        [EvidenceKind.Other] = [".pdf", ".png", ".jpg", ".jpeg", ".xlsx", ".docx"],
    };

    /// <summary>The kinds every application must include before it is submitted.</summary>
    public static readonly IReadOnlyList<EvidenceKind> Required = [EvidenceKind.SelfAssessmentReport, EvidenceKind.CompletionReport];

    /// <summary>The file name without any path, or null when it is unusable (empty, control characters, too long).</summary>
    public static string? SafeName(string? name)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/')).Trim();
        return bare.Length is 0 or > 200 || bare.Any(char.IsControl) || bare.StartsWith('.') ? null : bare;
    }

    public static string Extension(string name) => Path.GetExtension(name).ToLowerInvariant();

    public static string? ContentTypeOf(string name) => Types.TryGetValue(Extension(name), out var type) ? type.ContentType : null;

    public static bool ContentMatches(string name, ReadOnlyMemory<byte> content) =>
        Types.TryGetValue(Extension(name), out var type) && type.Matches(content);

    private static bool StartsWith(ReadOnlyMemory<byte> content, ReadOnlySpan<byte> magic) => content.Span.StartsWith(magic);

    private static bool IsText(ReadOnlyMemory<byte> content)
    {
        var span = content.Span[..Math.Min(content.Length, 64 * 1024)];
        return !span.Contains((byte)0) && System.Text.Unicode.Utf8.IsValid(span.Length == content.Length ? span : span[..LastCompleteChar(span)]);
    }

    /// <summary>A prefix cut at 64 KiB may split a multi-byte character; check up to the last complete one.</summary>
    private static int LastCompleteChar(ReadOnlySpan<byte> span)
    {
        var end = span.Length;
        while (end > 0 && (span[end - 1] & 0xC0) == 0x80)
        {
            end--;
        }

        return end > 0 && span[end - 1] >= 0xC0 ? end - 1 : end;
    }
}
