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
        var text = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.TimestampUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            e.ActorId, e.ActorName, e.Action.ToString(), e.EntityType, e.EntityKey, e.Changes, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Timestamps are kept to whole milliseconds so every database returns exactly what was hashed.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
