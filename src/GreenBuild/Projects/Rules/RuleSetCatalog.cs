using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects.Rules;

/// <summary>
/// Every rule-set version: the ones shipped with GreenBuild and the ones the province published since. The
/// current version is the one published last (by its publication date, then by when it was published); a check records which it used, and an
/// old version stays readable so an old check can be re-run as it was.
/// </summary>
public sealed class RuleSetCatalog(GreenBuildDb db)
{
    private IReadOnlyList<RuleSet>? versions;

    public async Task<IReadOnlyList<RuleSet>> VersionsAsync(CancellationToken cancellationToken = default)
    {
        if (versions is null)
        {
            var published = await db.Set<PublishedRuleSet>().AsNoTracking().ToListAsync(cancellationToken);
            // By publication date; on the same date a shipped version comes first and published ones in the order they were published.
            versions = [.. ShippedRuleSets.Versions.Select(v => (Set: v, At: DateTime.MinValue))
                .Concat(published.Select(p => (Set: ShippedRuleSets.Parse(p.Json), At: p.PublishedAtUtc)))
                .OrderBy(v => v.Set.PublishedOn).ThenBy(v => v.At).Select(v => v.Set)];
        }

        return versions;
    }

    public async Task<RuleSet> CurrentAsync(CancellationToken cancellationToken = default) => (await VersionsAsync(cancellationToken))[^1];

    public async Task<RuleSet?> VersionAsync(string version, CancellationToken cancellationToken = default) =>
        (await VersionsAsync(cancellationToken)).FirstOrDefault(v => v.Version == version);

    /// <summary>Whether a version came with the software (as opposed to being published by the province).</summary>
    public static bool IsShipped(string version) => ShippedRuleSets.Version(version) is not null;

    /// <summary>Forgets what was read, after a publication in the same scope.</summary>
    internal void Reset() => versions = null;
}
