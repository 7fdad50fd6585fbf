using GreenBuild.Indicators.Assessment;
using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators.Demo;

/// <summary>
/// Demo reports 2021–2024 for the 11 cities (approved, periods closed) and an open 2025 period, generated from
/// a fixed seed so every start tells the same story: most cities on the way, a few behind. Every report is
/// marked <see cref="CityReport.IsDemo"/>. Also a demo assessment scheme run for 2024. Idempotent.
/// </summary>
public sealed class SeedIndicatorsDemo(GreenBuildDb db, SaveAssessmentScheme schemes, RunAssessment assessment, TimeProvider clock) : IDemoSeeder
{
    public const int Seed = 20220614;

    public const string SchemeName = "设区市年度考核（演示）";

    public int Order => 100;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<CityReport>().AnyAsync(r => r.IsDemo, cancellationToken))
        {
            return "indicators: demo reports already present";
        }

        var plan = await db.Set<Plan>().AsNoTracking().OrderByDescending(p => p.TargetYear).FirstAsync(cancellationToken);
        var indicators = (await db.Set<Indicator>().AsNoTracking().Where(i => i.PlanCode == plan.Code && i.ObtainedBy == ObtainedBy.Reported)
            .ToListAsync(cancellationToken)).OrderBy(i => i.SortOrder).ToList();
        var targets = await db.Set<CityTarget>().AsNoTracking().ToListAsync(cancellationToken);
        var cities = await db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.Prefecture).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var random = new Random(Seed);
        var now = clock.GetUtcNow().UtcDateTime;
        var reports = 0;
        for (var year = plan.StartYear; year < plan.TargetYear; year++)
        {
            var period = await Period(plan.Code, year, cancellationToken);
            period.IsOpen = false;
            foreach (var city in cities)
            {
                var pace = DemoValues.PaceOf(city.Code);
                var officer = $"{city.Name}住建局（演示）";
                var report = new CityReport
                {
                    PeriodId = period.Id, CityCode = city.Code, Status = ReportStatus.Approved, EnteredBy = officer, SubmittedBy = officer,
                    ReviewedBy = "省厅业务员（演示）", IsDemo = true, UpdatedAtUtc = now, SubmittedAtUtc = now, ReviewedAtUtc = now,
                };
                report.Values.AddRange(indicators.Select(i => new ReportedValue
                {
                    ReportId = report.Id, IndicatorCode = i.Code,
                    Value = DemoValues.ValueOf(i, city.Code, targets.FirstOrDefault(t => t.IndicatorCode == i.Code && t.CityCode == city.Code)?.Value ?? i.TargetValue,
                        year - plan.BaselineYear, plan.TargetYear - plan.BaselineYear, pace, random),
                }));
                db.Add(report);
                reports++;
            }
        }

        await Period(plan.Code, plan.TargetYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await SeedAssessmentAsync(plan.TargetYear - 1, cancellationToken);
        return $"indicators: {reports} demo city reports {plan.StartYear}–{plan.TargetYear - 1} (seed {Seed}), open period {plan.TargetYear}";
    }

    private async Task<ReportingPeriod> Period(string planCode, int year, CancellationToken cancellationToken)
    {
        var period = await db.Set<ReportingPeriod>().FirstOrDefaultAsync(p => p.PlanCode == planCode && p.Year == year && p.Quarter == null, cancellationToken);
        if (period is null)
        {
            period = new ReportingPeriod { PlanCode = planCode, Year = year };
            db.Add(period);
        }

        return period;
    }

    private async Task SeedAssessmentAsync(int year, CancellationToken cancellationToken)
    {
        var scheme = await schemes.RunAsync(SchemeName,
        [
            new("PREFAB", 30, ScoringRule.RatioCapped, null),
            new("GB-SHARE", 25, ScoringRule.RatioCapped, null),
            new("GB-STAR", 15, ScoringRule.RatioCapped, null),
            new("RE-SUB", 15, ScoringRule.Thresholds, "100:100,90:80,75:60,0:0"),
            new("EE-COMPLY", 15, ScoringRule.Thresholds, "100:100,98:80,95:50"),
        ], cancellationToken);
        if (scheme.Succeeded)
        {
            await assessment.RunAsync(scheme.Value!.Id, year, cancellationToken);
        }
    }
}
