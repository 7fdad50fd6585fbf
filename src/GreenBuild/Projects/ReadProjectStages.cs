using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Api;
using GreenBuild.Projects.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects;

/// <summary>The stage history of a project within scope, and two stages compared (the design against what was completed).</summary>
public sealed class ReadProjectStages(GreenBuildDb db)
{
    /// <summary>The records of the stages it left, then the current record; null when out of scope.</summary>
    public async Task<List<StageRecordDto>?> RecordsAsync(DataScope scope, Guid id, CancellationToken cancellationToken)
    {
        var project = await ProjectQuery.Visible(db, scope).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var records = await db.Set<ProjectStageRecord>().AsNoTracking().Where(r => r.ProjectId == id).ToListAsync(cancellationToken);
        return
        [
            .. records.OrderBy(r => r.Stage).Select(r => new StageRecordDto(r.Stage, r.RecordedAtUtc, JsonSerializer.Deserialize<ProjectSnapshot>(r.Snapshot, SaveProject.FindingsJson)!)),
            new StageRecordDto(project.Stage, project.UpdatedAtUtc, ProjectSnapshot.Of(project)),
        ];
    }

    public async Task<StageComparisonDto?> CompareAsync(DataScope scope, Guid id, ProjectStage from, ProjectStage to, CancellationToken cancellationToken)
    {
        var records = await RecordsAsync(scope, id, cancellationToken);
        var before = records?.FirstOrDefault(r => r.Stage == from);
        var after = records?.FirstOrDefault(r => r.Stage == to);
        if (before is null || after is null)
        {
            return null;
        }

        var differences = before.Snapshot.Differences(after.Snapshot).Where(d => d.Field != nameof(ProjectSnapshot.Stage))
            .Select(d => new DifferenceDto(d.Field, d.Before, d.After)).ToList();
        return new StageComparisonDto(from, to, differences);
    }
}
