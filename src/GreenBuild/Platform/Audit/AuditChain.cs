using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GreenBuild.Platform.Audit;

/// <summary>The hash rule of the audit chain (documented in docs/modules/platform.md).</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// SHA-256 over the entry's fields joined by a unit separator (U+001F, which no field may contain
    /// unescaped) and the previous hash, as lowercase hex.
    /// </summary>
    public static string HashOf(AuditEntry e) => HashOf(e, Encoding.UTF8.GetBytes(e.Changes));

    /// <summary>The same hash, given the UTF-8 of <see cref="AuditEntry.Changes"/> (a bulk writer has it already).</summary>
    public static string HashOf(AuditEntry e, ReadOnlySpan<byte> changesUtf8)
    {
        // The UTF-8 of the joined text is the UTF-8 of its parts one after another.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> separator = [0x1f];
        foreach (var part in (ReadOnlySpan<string>)[e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.TimestampUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), e.ActorId, e.ActorName, e.Action.ToString(), e.EntityType, e.EntityKey])
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData(separator);
        }

        hash.AppendData(changesUtf8);
        hash.AppendData(separator);
        hash.AppendData(Encoding.UTF8.GetBytes(e.PreviousHash));
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Timestamps are kept to whole milliseconds so every database returns exactly what was hashed.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
