using System.Text.Json;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects;

/// <summary>
/// Writes a plan made by <see cref="PlanProjectChanges"/>: registers the new organizations, creates or updates the
/// projects, keeps the record of a stage the project leaves, and stores each check with its rule-set version.
/// Unchanged rows write nothing. Saves in chunks (the change tracker is cleared between them so memory stays
/// bounded); the caller decides the transaction, so an import is all or nothing.
/// </summary>
public sealed class ApplyProjectChanges(GreenBuildDb db, TimeProvider clock, ICurrentActor actor)
{
    public const int ChunkSize = 1000;

    /// <summary>From this many new projects in a chunk, inside a transaction, they are written in bulk (audited the same way).</summary>
    public const int BulkFrom = 50;

    public async Task<IReadOnlyList<ProjectCheckRecord>> RunAsync(ProjectChangePlan plan, CheckTrigger trigger, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (plan.HasErrors)
        {
            throw new InvalidOperationException("A plan with refused rows is never written.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Organizations.AddRange(plan.NewOrganizations);
        var checks = new List<ProjectCheckRecord>();
        var written = 0;
        foreach (var all in plan.Rows.Where(r => r.Action != RowAction.Unchanged).Chunk(ChunkSize))
        {
            var chunk = all;
            if (db.Database.CurrentTransaction is not null && all.Count(r => r.Action == RowAction.Create) >= BulkFrom)
            {
                // New organizations first (the projects refer to them), through the tracker and its audit.
                await db.SaveChangesAsync(cancellationToken);
                checks.AddRange(await CreateInBulkAsync([.. all.Where(r => r.Action == RowAction.Create)], trigger, now, cancellationToken));
                chunk = [.. all.Where(r => r.Action != RowAction.Create)];
            }

            var ids = chunk.Where(r => r.Action == RowAction.Update).Select(r => r.Result.Id).ToList();
            var tracked = ids.Count == 0 ? [] : await db.Set<Project>().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var row in chunk)
            {
                var project = row.Result;
                if (row.Action == RowAction.Update)
                {
                    var stored = tracked[row.Result.Id];
                    if (row.Advances)
                    {
                        KeepStageRecord(stored, now);
                    }

                    db.Entry(stored).CurrentValues.SetValues(row.Result);
                    stored.CreatedAtUtc = row.Existing!.CreatedAtUtc;
                    project = stored;
                }
                else
                {
                    db.Set<Project>().Add(project);
                }

                project.UpdatedAtUtc = now;
                var check = Record(project, row, trigger, now);
                project.MandatoryFindings = check.MandatoryFindings;
                project.AdvisoryFindings = check.AdvisoryFindings;
                db.Set<ProjectCheckRecord>().Add(check);
                checks.Add(check);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            written += all.Length;
            progress?.Report(written);
        }

        if (written == 0 && plan.NewOrganizations.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return checks;
    }

    /// <summary>New projects and their checks as multi-row inserts, with the audit entries the interceptor would write.</summary>
    private async Task<List<ProjectCheckRecord>> CreateInBulkAsync(List<PlannedProject> rows, CheckTrigger trigger, DateTime now, CancellationToken cancellationToken)
    {
        var projects = new List<Project>(rows.Count);
        var checks = new List<ProjectCheckRecord>(rows.Count);
        foreach (var row in rows)
        {
            var project = row.Result;
            project.UpdatedAtUtc = now;
            var check = Record(project, row, trigger, now);
            project.MandatoryFindings = check.MandatoryFindings;
            project.AdvisoryFindings = check.AdvisoryFindings;
            projects.Add(project);
            checks.Add(check);
        }

        // The audit entries are described on the other core while the database takes the rows.
        var described = Task.Run(() => (IReadOnlyList<CreatedRecords>)[AppendAuditEntries.Describe(db.Model, projects), AppendAuditEntries.Describe(db.Model, checks)],
            cancellationToken);
        await BulkInsert.InsertAsync(db, projects, cancellationToken);
        await BulkInsert.InsertAsync(db, checks, cancellationToken);
        var records = await described;
        await AppendAuditEntries.AppendAsync(db, actor, clock, records, cancellationToken);
        return checks;
    }

    /// <summary>The project as it stood at the stage it now leaves: what that stage approved.</summary>
    private void KeepStageRecord(Project stored, DateTime now)
    {
        db.Set<ProjectStageRecord>().Add(new ProjectStageRecord
        {
            ProjectId = stored.Id, Stage = stored.Stage, RecordedAtUtc = now,
            Snapshot = JsonSerializer.Serialize(ProjectSnapshot.Of(stored), SaveProject.FindingsJson),
        });
    }

    private static ProjectCheckRecord Record(Project project, PlannedProject row, CheckTrigger trigger, DateTime now) => new()
    {
        ProjectId = project.Id, Stage = project.Stage, Trigger = row.Advances ? CheckTrigger.StageTransition : trigger,
        RuleSetVersion = row.Check.RuleSetVersion, DesignReviewDate = row.Check.DesignReviewDate, CheckedAtUtc = now,
        MandatoryFindings = row.Check.Findings.Count(f => f.Severity == RuleSeverity.Mandatory),
        AdvisoryFindings = row.Check.Findings.Count(f => f.Severity == RuleSeverity.Advisory),
        Findings = PlanProjectChanges.FindingsJson(row.Check),
        OverrideReason = row.Overridden ? row.Input.OverrideReason!.Trim() : null,
    };
}
