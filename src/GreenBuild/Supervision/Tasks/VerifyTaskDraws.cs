using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Draw;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Tasks;

/// <summary>One stored draw re-verified: recomputed from the stored inputs, compared with the stored selection and the published digest.</summary>
public sealed record StoredDrawCheck(TaskDraw Draw, TaskList List, DrawVerifyRequest Inputs, DrawVerification? Verification, IReadOnlyList<PlatformError> Errors, bool SelectionMatches)
{
    public bool Ok => Errors.Count == 0 && Verification?.DigestMatches == true && SelectionMatches;
}

/// <summary>
/// 复核 — re-verifies every stored draw of a task with <see cref="VerifyDraw"/>: a list whose stored text no longer
/// hashes to the digest published at announcement, or a stored selection the inputs do not give, is reported.
/// </summary>
public sealed class VerifyTaskDraws(GreenBuildDb db)
{
    public async Task<(InspectionTask Task, IReadOnlyList<StoredDrawCheck> Checks)?> RunAsync(string code, int? version, CancellationToken ct = default)
    {
        var query = db.Set<InspectionTask>().AsNoTracking().Include(t => t.Sources).Include(t => t.Lists).Include(t => t.Draws).Where(t => t.Code == code);
        var task = version is { } v ? await query.FirstOrDefaultAsync(t => t.Version == v, ct) : await query.OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);
        return task is null ? null : (task, Check(task));
    }

    public static IReadOnlyList<StoredDrawCheck> Check(InspectionTask task) =>
    [
        .. task.Draws.OrderBy(d => d.Sequence).Select(draw =>
        {
            var list = task.Lists.Single(l => l.Id == draw.ListId);
            var inputs = TaskDrawInputs.Request(task, draw, list);
            var outcome = VerifyDraw.Run(inputs);
            var selected = outcome.Value?.Result.Selected.Select(s => s.Candidate + "\n") ?? [];
            return new StoredDrawCheck(draw, list, inputs, outcome.Value, outcome.Errors, string.Concat(selected) == draw.SelectedText);
        }),
    ];
}
