using GreenBuild.Indicators.Model;
using GreenBuild.Indicators.Seed;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators;

/// <summary>
/// Upserts the shipped plan and its indicators and city targets at every start. Idempotent: a second run
/// changes nothing, so it writes no audit entries; a new seed version changes only what it changed, audited
/// as the system.
/// </summary>
internal sealed class LoadPlanSeed(GreenBuildDb db) : IReferenceDataLoader
{
    public int Order => 100;

    async Task<string> IReferenceDataLoader.RunAsync(CancellationToken cancellationToken)
    {
        var (seed, changed) = await RunAsync(cancellationToken);
        return $"indicators: plan {seed.Plan.Code} seed {seed.Version}, {seed.Indicators.Count} indicators, {changed} records changed";
    }

    public async Task<(PlanSeed Seed, int Changed)> RunAsync(CancellationToken cancellationToken = default)
    {
        var seed = PlanSeed.LoadEmbedded();
        var plan = await db.Set<Plan>().FindAsync([seed.Plan.Code], cancellationToken);
        if (plan is null)
        {
            plan = new Plan { Code = seed.Plan.Code, NameZh = "", NameEn = "", SourceDocument = "", SeedVersion = "" };
            db.Add(plan);
        }

        (plan.NameZh, plan.NameEn, plan.BaselineYear, plan.StartYear, plan.TargetYear, plan.SourceDocument, plan.SeedVersion) =
            (seed.Plan.NameZh, seed.Plan.NameEn, seed.Plan.BaselineYear, seed.Plan.StartYear, seed.Plan.TargetYear, seed.Source.Document, seed.Version);

        var indicators = await db.Set<Indicator>().Where(i => i.PlanCode == seed.Plan.Code).ToDictionaryAsync(i => i.Code, cancellationToken);
        var targets = await db.Set<CityTarget>().ToDictionaryAsync(t => (t.IndicatorCode, t.CityCode), cancellationToken);
        foreach (var info in seed.Indicators)
        {
            if (!indicators.TryGetValue(info.Code, out var indicator))
            {
                indicator = new Indicator { Code = info.Code, PlanCode = seed.Plan.Code, NameZh = "", NameEn = "", Unit = "", Section = "" };
                db.Add(indicator);
            }

            Apply(indicator, info);
            foreach (var city in info.CityTargets ?? [])
            {
                if (!targets.TryGetValue((info.Code, city.City), out var target))
                {
                    target = new CityTarget { IndicatorCode = info.Code, CityCode = city.City };
                    db.Add(target);
                }

                (target.Value, target.SourceLine, target.SourceQuote) = (city.Value, city.Line, city.Quote);
            }
        }

        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified);
        await db.SaveChangesAsync(cancellationToken);
        return (seed, changed);
    }

    private static void Apply(Indicator i, PlanSeed.IndicatorInfo s)
    {
        (i.NameZh, i.NameEn, i.Unit, i.Direction, i.Measure, i.Aggregation, i.ObtainedBy, i.Query) =
            (s.NameZh, s.NameEn, s.Unit, s.Direction, s.Measure, s.Aggregation, s.ObtainedBy, s.Query);
        (i.Section, i.InColumnTable, i.IsPublic, i.SortOrder, i.MinValue, i.MaxValue, i.TargetAppliesToEachCity) =
            (s.Section, s.Column is not null, s.IsPublic, s.Order, s.Min, s.Max, s.TargetAppliesToEachCity);
        (i.BaselineValue, i.BaselineNote, i.BaselineLine, i.BaselineQuote) = (s.Baseline.Value, s.Baseline.Note, s.Baseline.Line, s.Baseline.Quote);
        (i.TargetValue, i.TargetNote, i.TargetLine, i.TargetQuote) = (s.Target.Value, s.Target.Note, s.Target.Line, s.Target.Quote);
    }
}
