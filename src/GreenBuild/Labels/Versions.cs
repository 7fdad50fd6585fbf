using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels;

/// <summary>Reading and making application versions.</summary>
internal static class Versions
{
    public static ApplicationVersion New(LabelApplication application, int version, SelfAssessment assessment, Rating rating, LabelActor actor, DateTime now) => new()
    {
        ApplicationId = application.Id, Version = version, AssessmentJson = LabelJson.Write(assessment), ExpectedLevel = rating.Level,
        TotalScore = rating.TotalScore, ExplanationJson = LabelJson.Write(rating.Explanation), CreatedBy = actor.Name, CreatedAtUtc = now, UpdatedAtUtc = now,
    };

    public static Task<ApplicationVersion> CurrentAsync(GreenBuildDb db, LabelApplication application, CancellationToken cancellationToken) =>
        db.Set<ApplicationVersion>().FirstAsync(v => v.ApplicationId == application.Id && v.Version == application.CurrentVersion, cancellationToken);

    public static SelfAssessment Assessment(ApplicationVersion version) => LabelJson.Read<SelfAssessment>(version.AssessmentJson);
}
