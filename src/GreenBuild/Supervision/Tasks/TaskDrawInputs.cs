using System.Globalization;
using GreenBuild.Supervision.Draw;
using GreenBuild.Supervision.Model;

namespace GreenBuild.Supervision.Tasks;

/// <summary>
/// The published inputs of draw n of a task, exactly as the public page and <c>greenbuild draw verify</c> take
/// them: the announced sources with their values in announced order, then <c>抽取序号=n</c>, so that each of a
/// task's draws has its own RFC 3797 key.
/// </summary>
internal static class TaskDrawInputs
{
    public static IReadOnlyList<string> SourceLines(InspectionTask task, int sequence) =>
    [
        .. task.Sources.OrderBy(s => s.Position).Select(s => $"{s.Name}={s.Values}"),
        string.Create(CultureInfo.InvariantCulture, $"{Tasks.SaveTask.SequenceSourceName}={sequence}"),
    ];

    public static DrawVerifyRequest Request(InspectionTask task, TaskDraw draw, TaskList list) =>
        new(list.CanonicalText, draw.Count, SourceLines(task, draw.Sequence), draw.AvoidText, list.Sha256);
}
