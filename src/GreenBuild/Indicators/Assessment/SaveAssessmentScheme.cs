using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators.Assessment;

/// <summary>
/// Saves an assessment scheme as a new version of its name (schemes are never edited, so a published result
/// always names the exact scheme it used). Refused when weights do not sum to 100, an indicator is unknown or
/// has no target for every city, or thresholds are malformed.
/// </summary>
public sealed class SaveAssessmentScheme(GreenBuildDb db, ICurrentActor actor, TimeProvider clock)
{
    public sealed record Item(string IndicatorCode, decimal Weight, ScoringRule Rule, string? Thresholds);

    public async Task<Outcome<AssessmentScheme>> RunAsync(string name, IReadOnlyList<Item> items, CancellationToken cancellationToken = default)
    {
        var plan = await db.Set<Plan>().AsNoTracking().OrderByDescending(p => p.TargetYear).FirstAsync(cancellationToken);
        var indicators = await db.Set<Indicator>().AsNoTracking().Where(i => i.PlanCode == plan.Code).ToDictionaryAsync(i => i.Code, cancellationToken);
        var targets = await db.Set<CityTarget>().AsNoTracking().ToListAsync(cancellationToken);
        var cityCount = await db.Places.CountAsync(p => p.Level == PlaceLevel.Prefecture, cancellationToken);
        var errors = new List<PlatformError>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            errors.Add(new("indicators.scheme.name", "name", "indicators.error.scheme.name"));
        }

        if (items.Count == 0 || items.Sum(i => i.Weight) != 100m)
        {
            errors.Add(new("indicators.scheme.weights", "weights", "indicators.error.scheme.weights", items.Sum(i => i.Weight)));
        }

        foreach (var item in items)
        {
            if (!indicators.TryGetValue(item.IndicatorCode ?? "", out var indicator))
            {
                errors.Add(new("indicators.scheme.indicator", "indicator", "indicators.error.scheme.indicator", item.IndicatorCode ?? ""));
            }
            else if (!indicator.TargetAppliesToEachCity && targets.Count(t => t.IndicatorCode == indicator.Code) < cityCount)
            {
                errors.Add(new("indicators.scheme.nocitytarget", "indicator", "indicators.error.scheme.nocitytarget", indicator.NameZh));
            }

            if (item.Weight <= 0)
            {
                errors.Add(new("indicators.scheme.weight", "weights", "indicators.error.scheme.weight", item.IndicatorCode ?? ""));
            }

            if (item.Rule == ScoringRule.Thresholds && AssessmentScoring.TryParseThresholds(item.Thresholds) is null)
            {
                errors.Add(new("indicators.scheme.thresholds", "thresholds", "indicators.error.scheme.thresholds", item.Thresholds ?? ""));
            }
        }

        if (items.GroupBy(i => i.IndicatorCode).Any(g => g.Count() > 1))
        {
            errors.Add(new("indicators.scheme.duplicate", "indicator", "indicators.error.scheme.duplicate"));
        }

        if (errors.Count > 0)
        {
            return Outcome<AssessmentScheme>.Fail([.. errors]);
        }

        var version = 1 + ((await db.Set<AssessmentScheme>().Where(s => s.Name == name.Trim()).Select(s => (int?)s.Version).MaxAsync(cancellationToken)) ?? 0);
        var scheme = new AssessmentScheme
        {
            PlanCode = plan.Code, Name = name.Trim(), Version = version, CreatedBy = actor.Name, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        scheme.Items.AddRange(items.Select(i => new AssessmentItem
        {
            SchemeId = scheme.Id, IndicatorCode = i.IndicatorCode, Weight = i.Weight, Rule = i.Rule,
            Thresholds = i.Rule == ScoringRule.Thresholds ? i.Thresholds : null,
        }));
        db.Add(scheme);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AssessmentScheme>.Ok(scheme);
    }
}
