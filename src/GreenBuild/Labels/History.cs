using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;

namespace GreenBuild.Labels;

/// <summary>Adds a step to an application's readable trail, saved with the change it describes.</summary>
internal static class History
{
    /// <summary>The readable trail in the order it happened: by time, then by the order the steps were recorded.</summary>
    public static IOrderedEnumerable<ApplicationEvent> InOrder(IEnumerable<ApplicationEvent> events) => events.OrderBy(e => e.AtUtc).ThenBy(e => e.Sequence);

    public static void Record(GreenBuildDb db, Guid applicationId, LabelActor actor, DateTime now, string kind, string? detail = null) =>
        db.Add(new ApplicationEvent { ApplicationId = applicationId, AtUtc = now, Sequence = TimelineSequence.Next(), Actor = actor.Name, Kind = kind, Detail = detail });
}
