using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators;

/// <summary>
/// Loads the <see cref="IndicatorSnapshot"/> of the plan: indicators, targets and the approved annual city
/// reports (quarterly reports show progress but do not count in the status or the assessment).
/// </summary>
public sealed class ReadIndicators(GreenBuildDb db)
{
    public async Task<IndicatorSnapshot?> RunAsync(bool publicOnly = false, CancellationToken cancellationToken = default)
    {
        var plan = await db.Set<Plan>().AsNoTracking().OrderByDescending(p => p.TargetYear).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var indicators = (await db.Set<Indicator>().AsNoTracking().Where(i => i.PlanCode == plan.Code).ToListAsync(cancellationToken))
            .Where(i => !publicOnly || i.IsPublic).OrderBy(i => i.SortOrder).ToList();
        var targets = await db.Set<CityTarget>().AsNoTracking().ToListAsync(cancellationToken);
        var cities = await db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.Prefecture).OrderBy(p => p.Code)
            .Select(p => new { p.Code, p.Name }).ToListAsync(cancellationToken);
        var rows = await (
                from value in db.Set<ReportedValue>().AsNoTracking()
                join report in db.Set<CityReport>().AsNoTracking() on value.ReportId equals report.Id
                join period in db.Set<ReportingPeriod>().AsNoTracking() on report.PeriodId equals period.Id
                where report.Status == ReportStatus.Approved && period.Quarter == null && period.PlanCode == plan.Code
                select new Observation(value.IndicatorCode, report.CityCode, period.Year, value.Value, report.Id,
                    report.EnteredBy, report.SubmittedBy, report.ReviewedBy, report.ReviewedAtUtc, report.IsDemo))
            .ToListAsync(cancellationToken);
        return new IndicatorSnapshot(plan, indicators, targets, [.. cities.Select(c => (c.Code, c.Name))], rows);
    }
}
