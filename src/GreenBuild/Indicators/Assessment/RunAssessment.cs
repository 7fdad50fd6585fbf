using System.Text.Json;
using System.Text.Json.Serialization;
using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators.Assessment;

/// <summary>
/// 年度考核 — runs a scheme for a year over the approved annual reports: each city's value of each indicator
/// against the target of that year on the straight line to its 2025 target (cumulative indicators from 0 in
/// 2020; level indicators from the 2020 baseline, or the 2025 target itself where the plan gives no baseline).
/// Re-running replaces a draft result; a published result is frozen.
/// </summary>
public sealed class RunAssessment(GreenBuildDb db, ReadIndicators read, ICurrentActor actor, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<Outcome<AssessmentRun>> RunAsync(Guid schemeId, int year, CancellationToken cancellationToken = default)
    {
        var scheme = await db.Set<AssessmentScheme>().AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == schemeId, cancellationToken);
        var snapshot = await read.RunAsync(false, cancellationToken);
        if (scheme is null || snapshot is null)
        {
            return Outcome<AssessmentRun>.Fail(new PlatformError("indicators.scheme.unknown", "scheme", "indicators.error.scheme.unknown", schemeId));
        }

        if (year < snapshot.Plan.StartYear || year > snapshot.Plan.TargetYear)
        {
            return Outcome<AssessmentRun>.Fail(new PlatformError("indicators.period.year", "year", "indicators.error.period.year", snapshot.Plan.StartYear, snapshot.Plan.TargetYear));
        }

        var run = await db.Set<AssessmentRun>().FirstOrDefaultAsync(r => r.SchemeId == schemeId && r.Year == year, cancellationToken);
        if (run?.IsPublished == true)
        {
            return Outcome<AssessmentRun>.Fail(new PlatformError("indicators.assessment.frozen", "year", "indicators.error.assessment.frozen", year));
        }

        var result = new AssessmentResult(scheme.Id, scheme.Name, scheme.Version, year, Score(scheme, snapshot, year));
        if (run is null)
        {
            run = new AssessmentRun { SchemeId = schemeId, Year = year, ResultJson = "", RunBy = "" };
            db.Add(run);
        }

        (run.ResultJson, run.RunBy, run.RunAtUtc) = (JsonSerializer.Serialize(result, Json), actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AssessmentRun>.Ok(run);
    }

    public async Task<Outcome<AssessmentRun>> PublishAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        var run = await db.Set<AssessmentRun>().FindAsync([runId], cancellationToken);
        if (run is null)
        {
            return Outcome<AssessmentRun>.Fail(new PlatformError("indicators.assessment.unknown", "id", "indicators.error.assessment.unknown", runId));
        }

        if (!run.IsPublished)
        {
            (run.IsPublished, run.PublishedBy, run.PublishedAtUtc) = (true, actor.Name, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Outcome<AssessmentRun>.Ok(run);
    }

    public static AssessmentResult ResultOf(AssessmentRun run) =>
        JsonSerializer.Deserialize<AssessmentResult>(run.ResultJson, Json) ?? throw new InvalidOperationException($"Run {run.Id} has no result.");

    internal static IReadOnlyList<CityScore> Score(AssessmentScheme scheme, IndicatorSnapshot snapshot, int year)
    {
        var plan = snapshot.Plan;
        var cities = snapshot.Cities.Select(city =>
        {
            IReadOnlyList<ItemScore> items = [.. scheme.Items.OrderByDescending(i => i.Weight).ThenBy(i => i.IndicatorCode).Select(item =>
            {
                var indicator = snapshot.Indicators.First(i => i.Code == item.IndicatorCode);
                var series = IndicatorSnapshot.CitySeries(indicator, snapshot.Observations.Where(o => o.IndicatorCode == indicator.Code && o.CityCode == city.Code));
                var value = indicator.Measure == Measure.Cumulative ? series.LastOrDefault(v => v.Year <= year)?.Value : series.FirstOrDefault(v => v.Year == year)?.Value;
                var yearTarget = YearTarget(indicator, snapshot.TargetFor(indicator, city.Code), plan, year);
                return AssessmentScoring.Score(indicator.Code, item.Weight, item.Rule, item.Thresholds, indicator.Direction, value, yearTarget);
            })];
            return (city.Code, city.Name, items);
        });
        return AssessmentScoring.Rank(cities);
    }

    private static decimal? YearTarget(Indicator indicator, decimal? target, Plan plan, int year)
    {
        if (target is not { } t)
        {
            return null;
        }

        var start = indicator.Measure == Measure.Cumulative ? 0m : indicator.BaselineValue;
        return start is { } s ? Math.Round(StatusRule.Expected(s, plan.BaselineYear, t, plan.TargetYear, year), 4) : t;
    }
}
