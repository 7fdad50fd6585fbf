using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Draw;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Tasks;

/// <summary>
/// 录入随机源 — enters the published values of an announced source. The values must form a valid RFC 3797 source;
/// entering the same values again changes nothing; other values for a source already entered are refused — the
/// announcement is what counts, so a correction would be a new version of the task.
/// </summary>
public sealed class RecordSourceValue(GreenBuildDb db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Outcome<TaskSource>> RunAsync(DataScope scope, Guid taskId, int position, string values, CancellationToken ct = default)
    {
        var task = await db.Set<InspectionTask>().Include(t => t.Sources).FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || !scope.CanSeeCity(task.CityCode))
        {
            return TaskErrors.Fail<TaskSource>("task.unknown", "id", taskId);
        }

        if (task.Status != InspectionTaskStatus.Announced)
        {
            return TaskErrors.Fail<TaskSource>("source.status", "status", task.Code, task.Status);
        }

        var source = task.Sources.FirstOrDefault(s => s.Position == position);
        if (source is null)
        {
            return TaskErrors.Fail<TaskSource>("source.unknown", "position", position);
        }

        var parsed = DrawKey.From([new DrawSource(source.Name, values ?? "")]);
        if (!parsed.Succeeded)
        {
            return Outcome<TaskSource>.Fail([.. parsed.Errors.Select(e => e with { Field = "values" })]);
        }

        var canonical = parsed.Value!.Sources[0].Canonical;
        if (source.Values is not null)
        {
            var existing = DrawKey.From([new DrawSource(source.Name, source.Values)]).Value!.Sources[0].Canonical;
            return existing == canonical
                ? Outcome<TaskSource>.Ok(source)
                : TaskErrors.Fail<TaskSource>("source.contradiction", "values", source.Name, source.Values, values!.Trim());
        }

        (source.Values, source.EnteredBy, source.EnteredAtUtc) = (values!.Trim(), actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Outcome<TaskSource>.Ok(source);
    }
}
