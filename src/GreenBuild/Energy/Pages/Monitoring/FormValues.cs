using System.Globalization;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Pages.Monitoring;

/// <summary>What the monitoring forms share: numbers typed as text (parsed culture-invariantly, an error naming the field otherwise) and the places an official may choose.</summary>
internal static class FormValues
{
    public static decimal? Number(string? text, string field, List<PlatformError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new PlatformError("energy.number", field, "error.energy.number", text.Length > 40 ? text[..40] + "…" : text));
        return null;
    }

    public static string Text(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Prefectures and counties the official may register in (a city officer: its own prefecture and counties).</summary>
    public static async Task<IReadOnlyList<Place>> PlacesAsync(GreenBuildDb db, DataScope scope, CancellationToken cancellationToken)
    {
        var places = await db.Places.AsNoTracking().Where(p => p.Level != PlaceLevel.Province).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        return [.. places.Where(p => scope.CanSeeCity(p.Code))];
    }

    /// <summary>Beijing time typed in a <c>datetime-local</c> field (minutes, or seconds) as an instant.</summary>
    public static DateTimeOffset? BeijingTime(string? text) =>
        DateTime.TryParseExact(text?.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Ingest.DayEntries.ChinaOffset)
            : null;
}
