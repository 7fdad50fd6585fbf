using System.Globalization;
using System.Security.Cryptography;
using GreenBuild.Platform.Web;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Labels;

/// <summary>
/// The documented numbering schemes (docs/modules/labels.md):
/// <list type="bullet">
/// <item>application: <c>LA-{year}-{seq:0000}</c>, year of filing in Beijing time, sequence within the year;</item>
/// <item>certificate: <c>晋绿标{year}{star}{city4}{seq:0000}</c> — 晋绿标 (Shanxi green label), the decision year in Beijing
/// time, the star digit (1 or 2), the first four digits of the prefecture code (e.g. 1401 太原), the province-wide sequence
/// of the year: 晋绿标2026214010007;</item>
/// <item>verification code and objection tracking code: random, from an alphabet without 0/O, 1/I/L (Crockford-like).</item>
/// </list>
/// </summary>
internal static class Numbering
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const string CertificatePrefix = "晋绿标";

    public static int YearOf(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Formats.China).Year;

    public static string Application(int year, int sequence) => string.Create(CultureInfo.InvariantCulture, $"LA-{year}-{sequence:0000}");

    public static string Certificate(int year, GreenLevel level, string cityCode, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{CertificatePrefix}{year}{Stars(level)}{cityCode[..4]}{sequence:0000}");

    /// <summary>The prefix shared by one year's certificates, to find the year's last sequence.</summary>
    public static string CertificateYearPrefix(int year) => string.Create(CultureInfo.InvariantCulture, $"{CertificatePrefix}{year}");

    public static int Stars(GreenLevel level) => level switch
    {
        GreenLevel.OneStar => 1,
        GreenLevel.TwoStar => 2,
        GreenLevel.ThreeStar => 3,
        _ => 0,
    };

    public static string RandomCode(int length) => string.Create(length, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });

    /// <summary>Codes are compared without case, spaces or dashes, so a code read over the phone still matches.</summary>
    public static string NormalizeCode(string? code) =>
        new([.. (code ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
}
