using System.Globalization;
using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators;

/// <summary>
/// Saves a city's report for a period as a draft, or submits it. Refused, with nothing saved, for a closed
/// period, another city, a report under review or approved (locked), and any value of the wrong type,
/// outside its range or in another unit; submitting also requires every reported indicator.
/// </summary>
public sealed class SaveCityReport(GreenBuildDb db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Outcome<CityReport>> RunAsync(
        DataScope scope, Guid periodId, string cityCode, IReadOnlyList<ValueEntry> entries, bool submit, bool isDemo = false,
        CancellationToken cancellationToken = default)
    {
        var period = await db.Set<ReportingPeriod>().FindAsync([periodId], cancellationToken);
        var errors = new List<PlatformError>();
        if (period is null)
        {
            return Outcome<CityReport>.Fail(new PlatformError("indicators.period.unknown", "period", "indicators.error.period.unknown", periodId));
        }

        if (!period.IsOpen)
        {
            return Outcome<CityReport>.Fail(new PlatformError("indicators.period.closed", "period", "indicators.error.period.closed", period.Label));
        }

        if (!await db.Places.AnyAsync(p => p.Code == cityCode && p.Level == PlaceLevel.Prefecture, cancellationToken))
        {
            return Outcome<CityReport>.Fail(new PlatformError("indicators.city.unknown", "cityCode", "error.city.unknown", cityCode));
        }

        if (!scope.CanSeeCity(cityCode))
        {
            return Outcome<CityReport>.Fail(new PlatformError("indicators.city.foreign", "cityCode", "indicators.error.city.foreign", cityCode));
        }

        var report = await db.Set<CityReport>().Include(r => r.Values)
            .FirstOrDefaultAsync(r => r.PeriodId == periodId && r.CityCode == cityCode, cancellationToken);
        if (report?.Status is ReportStatus.Approved or ReportStatus.Submitted)
        {
            return Outcome<CityReport>.Fail(new PlatformError("indicators.report.locked", "status", $"indicators.error.report.{report.Status}"));
        }

        var indicators = await db.Set<Indicator>().AsNoTracking()
            .Where(i => i.PlanCode == period.PlanCode && i.ObtainedBy == ObtainedBy.Reported).ToDictionaryAsync(i => i.Code, cancellationToken);
        var values = ReportValidation.Check(indicators, entries, submit, report?.Values.Select(v => v.IndicatorCode).ToHashSet() ?? [], errors);
        if (errors.Count > 0)
        {
            return Outcome<CityReport>.Fail([.. errors]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (report is null)
        {
            report = new CityReport { PeriodId = periodId, CityCode = cityCode, EnteredBy = actor.Name, IsDemo = isDemo };
            db.Add(report);
        }

        ApplyValues(report, values);
        (report.EnteredBy, report.UpdatedAtUtc, report.Status) = (actor.Name, now, submit ? ReportStatus.Submitted : ReportStatus.Draft);
        if (submit)
        {
            (report.SubmittedBy, report.SubmittedAtUtc) = (actor.Name, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CityReport>.Ok(report);
    }

    private void ApplyValues(CityReport report, IReadOnlyDictionary<string, decimal?> values)
    {
        foreach (var (code, value) in values)
        {
            var existing = report.Values.FirstOrDefault(v => v.IndicatorCode == code);
            if (value is null)
            {
                if (existing is not null)
                {
                    report.Values.Remove(existing);
                    db.Remove(existing);
                }
            }
            else if (existing is null)
            {
                report.Values.Add(new ReportedValue { ReportId = report.Id, IndicatorCode = code, Value = value.Value });
            }
            else
            {
                existing.Value = value.Value;
            }
        }
    }

    /// <summary>Invariant parsing: officials type 30 or 30.5, never a thousands separator.</summary>
    internal static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text.Trim().TrimEnd('%'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
