using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace GreenBuild.Supervision.Draw;

/// <summary>
/// RFC 3797 (Publicly Verifiable Nominations Committee Random Selection), §4 "A Suggested Precise
/// Algorithm", exactly as its reference code in §6 computes it. Pure: no clock, no globals, no culture.
/// </summary>
internal static class Rfc3797
{
    /// <summary>
    /// RFC 3797 §6 reference code: the pool is numbered with an unsigned short and each selection's
    /// counter is two bytes, so a pool holds at most 65 535 entries.
    /// </summary>
    public const int MaxPool = 65535;

    /// <summary>
    /// RFC 3797 §4 step 1: the values of one source as decimal numbers without leading zeros, sorted from
    /// smallest to largest, each followed by a period; the source ends with a slash ("2.5.8.10.12./").
    /// </summary>
    public static string CanonicalSource(IEnumerable<BigInteger> values)
    {
        var text = new StringBuilder();
        foreach (var value in values.Order())
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append('.');
        }

        return text.Append('/').ToString();
    }

    /// <summary>RFC 3797 §4 step 2: the key is the canonical sources concatenated in their published order.</summary>
    public static string Key(IEnumerable<IEnumerable<BigInteger>> sources) => string.Concat(sources.Select(CanonicalSource));

    /// <summary>
    /// RFC 3797 §4 step 3 and the §6 reference code: MD5 of the key with the selection counter (0 for the
    /// first selection) as two bytes, most significant first, both before and after it.
    /// </summary>
    public static byte[] Hash(string key, int counter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(counter);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(counter, ushort.MaxValue);
        var keyBytes = Encoding.ASCII.GetBytes(key);
        var input = new byte[keyBytes.Length + 4];
        input[0] = input[^2] = (byte)(counter >> 8);
        input[1] = input[^1] = (byte)counter;
        keyBytes.CopyTo(input, 2);
#pragma warning disable CA5351 // RFC 3797 prescribes MD5: the draw must be reproducible by anyone with the RFC, not secret.
        return MD5.HashData(input);
#pragma warning restore CA5351
    }

    /// <summary>RFC 3797 §4 step 4: the 16-byte hash read as an unsigned 128-bit big-endian number, modulo the remaining pool.</summary>
    public static int Remainder(byte[] hash, int remaining)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(remaining, 1);
        return (int)(new BigInteger(hash, isUnsigned: true, isBigEndian: true) % remaining);
    }

    /// <summary>
    /// RFC 3797 §4 step 4 repeated: the whole selection order of a pool of <paramref name="pool"/> entries
    /// numbered 1…pool. Step i takes the remainder-th (counting from zero) entry still in the pool, in the
    /// published order, and removes it. Lazily computed: a caller takes as many steps as it needs.
    /// </summary>
    public static IEnumerable<Rfc3797Step> Steps(string key, int pool)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pool, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pool, MaxPool);
        var remaining = Enumerable.Range(1, pool).ToList();
        for (var counter = 0; remaining.Count > 0; counter++)
        {
            var hash = Hash(key, counter);
            var remainder = Remainder(hash, remaining.Count);
            var position = remaining[remainder];
            yield return new Rfc3797Step(counter, Convert.ToHexString(hash), remaining.Count, remainder, position);
            remaining.RemoveAt(remainder);
        }
    }
}
