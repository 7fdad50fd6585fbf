using GreenBuild.Labels.Model;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Review;

/// <summary>
/// 专家组结论 — when every seated expert has scored, each item's panel score is the mean of the experts' scores
/// (rounded to 0.1, half away from zero), the GB/T 50378 calculator rates the self-assessment with those scores, and
/// the panel's opinion is recorded. The panel closes: its experts no longer see the application.
/// </summary>
public sealed class ConcludePanel(GreenBuildDb db, RateSelfAssessment rate, Notifier notifier, TimeProvider clock)
{
    public async Task<Outcome<ReviewPanel>> RunAsync(LabelActor actor, Guid panelId, string? opinion, CancellationToken cancellationToken = default)
    {
        var panel = await db.Set<ReviewPanel>().Include(p => p.Draws).Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == panelId, cancellationToken);
        if (panel is null || !actor.IsProvince)
        {
            return LabelErrors.NotFound<ReviewPanel>("panel");
        }

        if (panel.Status != PanelStatus.Reviewing)
        {
            return LabelErrors.Fail<ReviewPanel>("panel.notreviewing", "status");
        }

        var seated = panel.Members.Where(m => m.IsSeated).ToList();
        var pending = seated.Where(m => m.Status != MemberStatus.Submitted).Select(m => m.ExpertCode).ToList();
        var unfilled = panel.Draws.Where(d => seated.Count(m => m.Specialty == d.Specialty) < d.Count).ToList();
        if (pending.Count > 0)
        {
            return LabelErrors.Fail<ReviewPanel>("conclude.pending", "members", string.Join("、", pending));
        }

        if (unfilled.Count > 0)
        {
            return LabelErrors.Fail<ReviewPanel>("conclude.unfilled", "members", new TextKey("labels.specialty." + unfilled[0].Specialty));
        }

        var text = (opinion ?? "").Trim();
        if (text.Length is 0 or > 4000)
        {
            return LabelErrors.Fail<ReviewPanel>("review.opinion", "opinion", 4000);
        }

        var application = await db.Set<LabelApplication>().FirstAsync(a => a.Id == panel.ApplicationId, cancellationToken);
        var version = await db.Set<ApplicationVersion>().AsNoTracking().FirstAsync(v => v.ApplicationId == panel.ApplicationId && v.Version == panel.Version, cancellationToken);
        var means = PanelScores(seated);
        var rating = rate.Run(Versions.Assessment(version), application.IsResidential, means);
        if (!rating.Succeeded)
        {
            return Outcome<ReviewPanel>.Fail([.. rating.Errors]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (panel.ConclusionLevel, panel.ConclusionScore, panel.ConclusionJson, panel.Opinion, panel.Status, panel.ClosedAtUtc) =
            (rating.Value!.Level, rating.Value.TotalScore, LabelJson.Write(new { scores = means, explanation = rating.Value.Explanation }), text, PanelStatus.Closed, now);
        (application.Status, application.PanelLevel, application.UpdatedAtUtc) = (ApplicationStatus.Reviewed, rating.Value.Level, now);
        History.Record(db, application.Id, actor, now, "panel.concluded", $"{rating.Value.LevelName} {rating.Value.TotalScore:0.##}");
        await notifier.ToOrganizationAsync(application.OrganizationId, "labels.mail.concluded", [application.Number, rating.Value.LevelName], $"/labels/applications/{application.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ReviewPanel>.Ok(panel);
    }

    /// <summary>The mean of the seated experts' scores per clause, rounded to 0.1 half away from zero.</summary>
    internal static Dictionary<string, decimal> PanelScores(IEnumerable<PanelMember> members) =>
        members.SelectMany(m => LabelJson.Read<List<ExpertScore>>(m.ScoresJson))
            .GroupBy(s => s.Clause, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Average(s => s.Score), 1, MidpointRounding.AwayFromZero), StringComparer.Ordinal);
}
