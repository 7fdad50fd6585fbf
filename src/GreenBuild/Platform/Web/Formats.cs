using System.Globalization;

namespace GreenBuild.Platform.Web;

/// <summary>How dates and numbers are shown: stored in UTC, shown in Asia/Shanghai, as Chinese officials write them.</summary>
public static class Formats
{
    public static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>2026-11-25 15:04:05 (Beijing time).</summary>
    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), China).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The same instant as <see cref="Local(DateTime)"/> from Beijing time back to UTC.</summary>
    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), China);
}
