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
    public static string HashOf(AuditEntry e)
    {
        // The UTF-8 of the joined text is the UTF-8 of its parts one after another: they are written into one
        // buffer and hashed at once (a bulk import hashes a hundred thousand entries in a row).
        var utf8 = Encoding.UTF8;
        var length = 64 + utf8.GetMaxByteCount(e.ActorId.Length + e.ActorName.Length + e.EntityType.Length + e.EntityKey.Length
            + e.Changes.Length + e.PreviousHash.Length + 32);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var text = buffer.AsSpan();
            var at = 0;
            e.Sequence.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
            at += written;
            text[at++] = Separator;
            e.TimestampUtc.TryFormat(text[at..], out written, "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
            at += written;
            text[at++] = Separator;
            foreach (var part in (ReadOnlySpan<string>)[e.ActorId, e.ActorName, e.Action.ToString(), e.EntityType, e.EntityKey, e.Changes])
            {
                at += utf8.GetBytes(part, text[at..]);
                text[at++] = Separator;
            }

            at += utf8.GetBytes(e.PreviousHash, text[at..]);
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(text[..at], digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const byte Separator = 0x1f;

    /// <summary>Timestamps are kept to whole milliseconds so every database returns exactly what was hashed.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
