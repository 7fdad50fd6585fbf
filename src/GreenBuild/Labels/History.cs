using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;

namespace GreenBuild.Labels;

/// <summary>Adds a step to an application's readable trail, saved with the change it describes.</summary>
internal static class History
{
    public static void Record(GreenBuildDb db, Guid applicationId, LabelActor actor, DateTime now, string kind, string? detail = null) =>
        db.Add(new ApplicationEvent { ApplicationId = applicationId, AtUtc = now, Actor = actor.Name, Kind = kind, Detail = detail });
}
