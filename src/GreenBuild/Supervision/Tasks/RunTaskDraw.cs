using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Draw;
using GreenBuild.Supervision.Inspections;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Tasks;

/// <summary>
/// 抽取 — the draw of an announced task once its time has come and every source has its values. Draw 1…S take
/// the objects of each stratum (in stratum order); then, for each drawn object in that order, one draw takes its
/// inspectors from the inspector list, skipping those its avoidance list names. Draw n's key is the sources then
/// <c>抽取序号=n</c>. All draws, the inspections and their assignments are saved together, or nothing is: too few
/// candidates after avoidance, a list that no longer matches its published digest.
/// </summary>
public sealed class RunTaskDraw(GreenBuildDb db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Outcome<InspectionTask>> RunAsync(DataScope scope, Guid id, CancellationToken ct = default)
    {
        var task = await db.Set<InspectionTask>().Include(t => t.Sources).Include(t => t.Lists).Include(t => t.Draws).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !scope.CanSeeCity(task.CityCode))
        {
            return TaskErrors.Fail<InspectionTask>("task.unknown", "id", id);
        }

        if (task.Status != InspectionTaskStatus.Announced)
        {
            return TaskErrors.Fail<InspectionTask>("draw.status", "status", task.Code, task.Status);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now < task.DrawAtUtc)
        {
            return TaskErrors.Fail<InspectionTask>("draw.early", "drawAtUtc", task.DrawAtUtc);
        }

        if (task.Sources.FirstOrDefault(s => s.Values is null) is { } missing)
        {
            return TaskErrors.Fail<InspectionTask>("draw.source.missing", "sources", missing.Position, missing.Name);
        }

        var draws = new List<TaskDraw>();
        var chosenObjects = new List<ListMember>();
        var sequence = 1;
        foreach (var list in task.Lists.Where(l => l.Kind == TaskListKind.Objects).OrderBy(l => l.Stratum, StringComparer.Ordinal))
        {
            if (list.DrawCount == 0)
            {
                continue;
            }

            var outcome = Draw(task, list, sequence++, null, "", null);
            if (!outcome.Succeeded)
            {
                return Outcome<InspectionTask>.Fail([.. outcome.Errors]);
            }

            draws.Add(outcome.Value!.Draw);
            var members = Members(list);
            chosenObjects.AddRange(outcome.Value.Selected.Select(s => members[s]));
        }

        var inspectorList = task.Lists.Single(l => l.Kind == TaskListKind.Inspectors);
        var inspectors = Members(inspectorList);
        var inspections = new List<Inspection>();
        foreach (var obj in chosenObjects)
        {
            var avoided = AvoidanceRules.For(task, obj, [.. inspectors.Values]);
            var outcome = Draw(task, inspectorList, sequence++, obj, AvoidanceRules.Text(avoided), avoided.ToDictionary(a => a.Id, a => a.Reason, StringComparer.Ordinal));
            if (!outcome.Succeeded)
            {
                return Outcome<InspectionTask>.Fail([.. outcome.Errors.Select(e => TaskErrors.Error("draw.object", "avoid", obj.Id, obj.Name, e))]);
            }

            draws.Add(outcome.Value!.Draw);
            inspections.Add(await InspectionAsync(task, obj, outcome.Value.Selected.Select(s => inspectors[s]).ToList(), ct));
        }

        task.Draws.AddRange(draws);
        db.AddRange(draws);
        db.AddRange(inspections);
        (task.Status, task.DrawnBy, task.DrawnAtUtc) = (InspectionTaskStatus.Drawn, actor.Name, now);
        await db.SaveChangesAsync(ct);
        return Outcome<InspectionTask>.Ok(task);
    }

    private static Dictionary<string, ListMember> Members(TaskList list) =>
        JsonSerializer.Deserialize<List<ListMember>>(list.MembersJson, AnnounceTask.MemberJson)!.ToDictionary(m => m.Id, StringComparer.Ordinal);

    private static Outcome<(TaskDraw Draw, IReadOnlyList<string> Selected)> Draw(
        InspectionTask task, TaskList list, int sequence, ListMember? forObject, string avoidText, IReadOnlyDictionary<string, string>? avoid)
    {
        var parsed = CandidateList.Parse(list.CanonicalText);
        if (!parsed.Succeeded || parsed.Value!.Sha256 != list.Sha256)
        {
            return Outcome<(TaskDraw, IReadOnlyList<string>)>.Fail(TaskErrors.Error("draw.list.tampered", "list", list.Stratum, list.Sha256));
        }

        var key = DrawKey.From([.. TaskDrawInputs.SourceLines(task, sequence).Select(DrawSource.Parse)]);
        if (!key.Succeeded)
        {
            return Outcome<(TaskDraw, IReadOnlyList<string>)>.Fail([.. key.Errors]);
        }

        var result = DrawCandidates.Run(parsed.Value, forObject is null ? list.DrawCount : task.InspectorsPerObject, key.Value!,
            avoid is null ? null : (candidate, _) => avoid.GetValueOrDefault(candidate));
        if (!result.Succeeded)
        {
            return Outcome<(TaskDraw, IReadOnlyList<string>)>.Fail([.. result.Errors]);
        }

        var selected = result.Value!.Selected.Select(s => s.Candidate).ToList();
        var draw = new TaskDraw
        {
            TaskId = task.Id, Sequence = sequence, ListId = list.Id, ForObject = forObject?.Id, Count = result.Value.Count, Key = key.Value!.Key,
            AvoidText = avoidText, SelectedText = string.Concat(selected.Select(s => s + "\n")),
        };
        return Outcome<(TaskDraw, IReadOnlyList<string>)>.Ok((draw, selected));
    }

    private async Task<Inspection> InspectionAsync(InspectionTask task, ListMember obj, IReadOnlyList<ListMember> inspectors, CancellationToken ct)
    {
        var numbers = inspectors.Select(i => i.Id).ToList();
        var accounts = await db.Set<Inspector>().AsNoTracking().Where(i => numbers.Contains(i.Number)).ToDictionaryAsync(i => i.Number, ct);
        var inspection = new Inspection
        {
            TaskId = task.Id, ObjectKind = task.ObjectKind, ObjectCode = obj.Id, ObjectName = obj.Name, CityCode = obj.City,
            OrganizationId = obj.Organization, IsDemo = task.IsDemo,
        };
        inspection.Assignments.AddRange(inspectors.Select(i => new InspectionAssignment
        {
            InspectionId = inspection.Id, InspectorId = accounts.TryGetValue(i.Id, out var found) ? found.Id : Guid.Empty,
            InspectorNumber = i.Id, InspectorName = i.Name, UserId = accounts.GetValueOrDefault(i.Id)?.UserId,
        }));
        inspection.Items.AddRange(Checklist.Current.For(task.ObjectKind).Select(item => new InspectionItem
        {
            InspectionId = inspection.Id, ItemCode = item.Code, Text = item.Text, Citation = item.Citation,
        }));
        return inspection;
    }
}
