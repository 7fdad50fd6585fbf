using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects;

/// <summary>What a bulk re-check found.</summary>
public sealed record RecheckSummary(int Checked, int Changed, int WithMandatoryFindings, string RuleSetVersion);

/// <summary>
/// 批量复核 — checks every project of a filtered list against the current rule set (the rules in force on each
/// project's review date). A new check is stored only where the outcome differs from the project's latest check
/// (another version, other findings), so re-running it changes nothing.
/// </summary>
public sealed class RecheckProjects(GreenBuildDb db, TimeProvider clock, RuleSetCatalog ruleSets)
{
    private const int ChunkSize = 500;

    public async Task<RecheckSummary> RunAsync(DataScope scope, ProjectQuery query, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var ruleSet = await ruleSets.CurrentAsync(cancellationToken);
        var ids = await query.Apply(db, scope).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        int changed = 0, mandatory = 0;
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var projects = await db.Set<Project>().Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken);
            var latest = (await db.Set<ProjectCheckRecord>().AsNoTracking().Where(c => chunk.Contains(c.ProjectId)).ToListAsync(cancellationToken))
                .GroupBy(c => c.ProjectId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.CheckedAtUtc)!);
            foreach (var project in projects)
            {
                var check = CheckProjectAgainstRules.Check(project.Facts(DateOnly.FromDateTime(now)), ruleSet);
                var findings = PlanProjectChanges.FindingsJson(check);
                var counts = (Mandatory: check.Findings.Count(f => f.Severity == RuleSeverity.Mandatory), Advisory: check.Findings.Count(f => f.Severity == RuleSeverity.Advisory));
                mandatory += counts.Mandatory > 0 ? 1 : 0;
                if (latest.TryGetValue(project.Id, out var last) && last.RuleSetVersion == check.RuleSetVersion && last.Findings == findings)
                {
                    continue;
                }

                changed++;
                db.Set<ProjectCheckRecord>().Add(new ProjectCheckRecord
                {
                    ProjectId = project.Id, Stage = project.Stage, Trigger = CheckTrigger.Bulk, RuleSetVersion = check.RuleSetVersion,
                    DesignReviewDate = check.DesignReviewDate, CheckedAtUtc = now, MandatoryFindings = counts.Mandatory,
                    AdvisoryFindings = counts.Advisory, Findings = findings,
                });
                project.MandatoryFindings = counts.Mandatory;
                project.AdvisoryFindings = counts.Advisory;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            progress?.Report(changed);
        }

        return new RecheckSummary(ids.Count, changed, mandatory, ruleSet.Version);
    }
}
