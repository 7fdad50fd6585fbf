using GreenBuild.Platform.Places;
using GreenBuild.Supervision.Model;

namespace GreenBuild.Supervision.Tasks;

/// <summary>
/// 回避规则 — which inspectors of the published list an object avoids, from the attributes frozen at announcement:
/// the object's enterprise is the inspector's employer (<c>own-employer</c>), the inspector works in the object's
/// city (<c>own-city</c>, when the task asks), the inspector inspected the object last time (<c>previous</c>).
/// The avoidance list published with each inspector draw is exactly this, one id, a tab and the reason code.
/// </summary>
internal static class AvoidanceRules
{
    public const string OwnEmployer = "own-employer";
    public const string OwnCity = "own-city";
    public const string Previous = "previous";

    public static IReadOnlyList<(string Id, string Reason)> For(InspectionTask task, ListMember obj, IReadOnlyList<ListMember> inspectors)
    {
        var avoided = new List<(string, string)>();
        foreach (var inspector in inspectors)
        {
            var reason =
                task.AvoidOwnEmployer && obj.Organization is { } org && inspector.Organization == org ? OwnEmployer
                : task.AvoidOwnCity && Place.PrefectureOf(inspector.City) == Place.PrefectureOf(obj.City) ? OwnCity
                : task.AvoidPreviousInspector && obj.Previous?.Contains(inspector.Id, StringComparer.Ordinal) == true ? Previous
                : null;
            if (reason is not null)
            {
                avoided.Add((inspector.Id, reason));
            }
        }

        return avoided;
    }

    public static string Text(IEnumerable<(string Id, string Reason)> avoided) => string.Concat(avoided.Select(a => $"{a.Id}\t{a.Reason}\n"));
}
