using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Draw;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Tasks;

/// <summary>
/// 公告 — freezes a draft: collects its candidates, publishes one object list per stratum and the inspector list,
/// each in the documented order with its SHA-256, and records who announced it. A draw time in the past, no
/// candidates, fewer candidates than requested or fewer inspectors than each object needs are refused. A new
/// version supersedes the version it was made from.
/// </summary>
public sealed class AnnounceTask(GreenBuildDb db, CollectCandidates candidates, ICurrentActor actor, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions MemberJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<Outcome<InspectionTask>> RunAsync(DataScope scope, Guid id, CancellationToken ct = default)
    {
        var task = await db.Set<InspectionTask>().Include(t => t.Sources).Include(t => t.Lists).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !scope.CanSeeCity(task.CityCode))
        {
            return TaskErrors.Fail<InspectionTask>("task.unknown", "id", id);
        }

        if (task.IsFrozen)
        {
            return TaskErrors.Fail<InspectionTask>("task.frozen", "status", task.Code, task.Version);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (task.DrawAtUtc <= now)
        {
            return TaskErrors.Fail<InspectionTask>("task.drawAt.past", "drawAtUtc", task.DrawAtUtc);
        }

        var previous = task.PreviousVersionId is { } previousId ? await db.Set<InspectionTask>().FirstOrDefaultAsync(t => t.Id == previousId, ct) : null;
        if (previous is not null && previous.Status != InspectionTaskStatus.Announced)
        {
            return TaskErrors.Fail<InspectionTask>("task.version.status", "status", previous.Code, previous.Status);
        }

        var objects = await candidates.ObjectsAsync(task, ct);
        var inspectors = await candidates.InspectorsAsync(task, ct);
        var errors = new List<PlatformError>();
        var strata = objects.Count == 0 ? [] : Strata.Allocate(task, objects);
        if (objects.Count == 0)
        {
            errors.Add(TaskErrors.Error("announce.objects.none", "objects"));
        }
        else if (task.SampleMode == SampleMode.Count && task.SampleValue > objects.Count)
        {
            errors.Add(new PlatformError("draw.count.pool", "sampleValue", "draw.error.count.pool", objects.Count, (int)task.SampleValue));
        }

        if (inspectors.Count < task.InspectorsPerObject)
        {
            errors.Add(TaskErrors.Error("announce.inspectors.few", "inspectorsPerObject", inspectors.Count, task.InspectorsPerObject));
        }

        if (errors.Count > 0)
        {
            return Outcome<InspectionTask>.Fail([.. errors]);
        }

        foreach (var (key, members, count) in strata)
        {
            db.Add(List(task, TaskListKind.Objects, key, count, members));
        }

        db.Add(List(task, TaskListKind.Inspectors, "", task.InspectorsPerObject, inspectors));
        (task.Status, task.AnnouncedBy, task.AnnouncedAtUtc) = (InspectionTaskStatus.Announced, actor.Name, now);
        if (previous is not null)
        {
            previous.Status = InspectionTaskStatus.Superseded;
        }

        await db.SaveChangesAsync(ct);
        return Outcome<InspectionTask>.Ok(task);
    }

    private static TaskList List(InspectionTask task, TaskListKind kind, string stratum, int count, IReadOnlyList<ListMember> members)
    {
        var list = CandidateList.Of(members.Select(m => m.Id));
        var byId = members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var ordered = list.Ids.Select(i => byId[i]).ToList();
        return new TaskList
        {
            TaskId = task.Id, Kind = kind, Stratum = stratum, DrawCount = count, Size = list.Count,
            CanonicalText = list.CanonicalText, Sha256 = list.Sha256, MembersJson = JsonSerializer.Serialize(ordered, MemberJson),
        };
    }
}
