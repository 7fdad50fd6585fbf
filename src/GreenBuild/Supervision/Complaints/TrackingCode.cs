using System.Security.Cryptography;

namespace GreenBuild.Supervision.Complaints;

/// <summary>
/// 查询码 — 12 characters of Crockford's base32 (no I, L, O, U) from a cryptographic random source: 60 bits, so a
/// code cannot be guessed; shown as XXXX-XXXX-XXXX. Reading is forgiving: case, dashes and spaces are ignored, and
/// O is read as 0, I and L as 1, as Crockford's alphabet prescribes.
/// </summary>
internal static class TrackingCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => string.Create(12, 0, (chars, _) =>
    {
        Span<byte> random = stackalloc byte[12];
        RandomNumberGenerator.Fill(random);
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random[i] & 31];
        }
    });

    public static string Format(string code) => code.Length == 12 ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;

    public static string? Normalize(string? entered)
    {
        var chars = (entered ?? "").ToUpperInvariant().Where(c => c is not ('-' or ' ')).Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }).ToArray();
        return chars.Length == 12 && chars.All(Alphabet.Contains) ? new string(chars) : null;
    }
}
