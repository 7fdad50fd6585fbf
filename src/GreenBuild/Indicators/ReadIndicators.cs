using GreenBuild.Indicators.Model;
using GreenBuild.Indicators.Sources;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators;

/// <summary>
/// Loads the <see cref="IndicatorSnapshot"/> of the plan: indicators, targets, the approved annual city reports
/// (quarterly reports show progress but do not count in the status or the assessment), and the values of the
/// computed indicators from their named queries in <c>Sources/</c>.
/// </summary>
public sealed class ReadIndicators(GreenBuildDb db, IEnumerable<IIndicatorSource> sources)
{
    /// <summary>Who "entered" a computed value: the registry, by the named query.</summary>
    public const string ComputedBy = "项目库（自动计算）";

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
        // A computed indicator's values come from its query only (reports made before it was computed are ignored).
        var computed = indicators.Where(i => i.ObtainedBy == ObtainedBy.Computed).Select(i => i.Code).ToHashSet();
        rows.RemoveAll(r => computed.Contains(r.IndicatorCode));
        rows.AddRange(await ComputedAsync(plan, indicators, cancellationToken));
        return new IndicatorSnapshot(plan, indicators, targets, [.. cities.Select(c => (c.Code, c.Name))], rows);
    }

    /// <summary>The named query of a computed indicator, if one is registered.</summary>
    public IIndicatorSource? SourceOf(Indicator indicator) =>
        indicator.ObtainedBy == ObtainedBy.Computed ? sources.FirstOrDefault(s => s.Query == indicator.Query) : null;

    private async Task<List<Observation>> ComputedAsync(Plan plan, IReadOnlyList<Indicator> indicators, CancellationToken cancellationToken)
    {
        var observations = new List<Observation>();
        foreach (var indicator in indicators)
        {
            if (SourceOf(indicator) is not { } source)
            {
                continue;
            }

            foreach (var value in await source.ComputeAsync(plan.StartYear, plan.TargetYear, cancellationToken))
            {
                observations.Add(new Observation(indicator.Code, value.CityCode, value.Year, value.Value, Guid.Empty, ComputedBy, null, null, null,
                    value.IsDemo, source.Query, value));
            }
        }

        return observations;
    }
}
