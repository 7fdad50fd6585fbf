using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects.Rules;

/// <summary>A rule that a new version adds, removes or changes, by code.</summary>
public sealed record RuleChange(string Code, string Change, string? Title);

/// <summary>What publishing a version would do: the rules that change and the projects whose findings would change.</summary>
public sealed record RuleSetPreview(string Version, DateOnly PublishedOn, string Replaces, IReadOnlyList<RuleChange> Rules, int ProjectsChecked,
    int ProjectsAffected, IReadOnlyList<string> AffectedCodes);

/// <summary>
/// 发布规则集 — the province publishes a new version of the rule set as data (no release of the software needed):
/// the JSON is validated as the shipped sets are (every problem listed), its version must be new and its
/// publication date not before the current one's; a preview shows which rules change and which projects' findings
/// would change. Publishing stores it (audited); old checks keep their version, re-checks use the new one.
/// </summary>
public sealed class PublishRuleSet(GreenBuildDb db, RuleSetCatalog catalog, TimeProvider clock)
{
    public const int MaxJsonLength = 512 * 1024;

    public async Task<Outcome<RuleSetPreview>> RunAsync(string json, bool publish, string publishedBy, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(json) || json.Length > MaxJsonLength)
        {
            return Outcome<RuleSetPreview>.Fail(new PlatformError("ruleset.empty", "ruleSetJson", "projects.ruleset.empty", MaxJsonLength / 1024));
        }

        RuleSet set;
        try
        {
            set = ShippedRuleSets.Parse(json);
        }
        catch (JsonException e)
        {
            return Outcome<RuleSetPreview>.Fail(new PlatformError("ruleset.json", "ruleSetJson", "projects.ruleset.json", e.Path ?? "$", e.Message));
        }
        catch (InvalidDataException e)
        {
            return Outcome<RuleSetPreview>.Fail(new PlatformError("ruleset.invalid", "ruleSetJson", "projects.ruleset.invalid", e.Message));
        }

        var current = await catalog.CurrentAsync(cancellationToken);
        var errors = new List<PlatformError>();
        if (string.IsNullOrWhiteSpace(set.Version) || set.Version.Length > 20 || await catalog.VersionAsync(set.Version, cancellationToken) is not null)
        {
            errors.Add(new("ruleset.version", "ruleSetVersion", "projects.ruleset.version", set.Version));
        }

        if (set.PublishedOn < current.PublishedOn)
        {
            errors.Add(new("ruleset.date", "ruleSetPublishedOn", "projects.ruleset.date", set.PublishedOn.ToString("yyyy-MM-dd"), current.Version, current.PublishedOn.ToString("yyyy-MM-dd")));
        }

        if (errors.Count > 0)
        {
            return Outcome<RuleSetPreview>.Fail([.. errors]);
        }

        var preview = await PreviewAsync(set, current, cancellationToken);
        if (publish)
        {
            db.Set<PublishedRuleSet>().Add(new PublishedRuleSet
            {
                Version = set.Version, PublishedOn = set.PublishedOn, Json = json, PublishedAtUtc = clock.GetUtcNow().UtcDateTime, PublishedBy = publishedBy,
            });
            await db.SaveChangesAsync(cancellationToken);
            catalog.Reset();
        }

        return Outcome<RuleSetPreview>.Ok(preview);
    }

    private async Task<RuleSetPreview> PreviewAsync(RuleSet set, RuleSet current, CancellationToken cancellationToken)
    {
        var before = current.Rules.ToDictionary(r => r.Code);
        var after = set.Rules.ToDictionary(r => r.Code);
        var changes = new List<RuleChange>();
        changes.AddRange(after.Values.Where(r => !before.ContainsKey(r.Code)).Select(r => new RuleChange(r.Code, "added", r.Title)));
        changes.AddRange(before.Values.Where(r => !after.ContainsKey(r.Code)).Select(r => new RuleChange(r.Code, "removed", r.Title)));
        changes.AddRange(after.Values.Where(r => before.TryGetValue(r.Code, out var old) && !SameRule(old, r)).Select(r => new RuleChange(r.Code, "changed", r.Title)));

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var affected = new List<string>();
        var checkedCount = 0;
        await foreach (var project in db.Set<Project>().AsNoTracking().OrderBy(p => p.Code).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            checkedCount++;
            var facts = project.Facts(today);
            var was = CheckProjectAgainstRules.Check(facts, current).Findings.Select(f => f.RuleCode + f.Actual).Order(StringComparer.Ordinal);
            var would = CheckProjectAgainstRules.Check(facts, set).Findings.Select(f => f.RuleCode + f.Actual).Order(StringComparer.Ordinal);
            if (!was.SequenceEqual(would))
            {
                affected.Add(project.Code);
            }
        }

        return new RuleSetPreview(set.Version, set.PublishedOn, current.Version, [.. changes.OrderBy(c => c.Code, StringComparer.Ordinal)], checkedCount,
            affected.Count, [.. affected.Take(100)]);
    }

    private static bool SameRule(Rule a, Rule b) =>
        JsonSerializer.Serialize(a, SaveProject.FindingsJson) == JsonSerializer.Serialize(b, SaveProject.FindingsJson);
}
