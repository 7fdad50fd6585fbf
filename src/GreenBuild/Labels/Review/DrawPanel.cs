using GreenBuild.Labels.Model;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Draw;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels.Review;

/// <summary>
/// 抽取专家 — once the announced sources have their values, the province enters them (in the announced order) and each
/// specialty is drawn with RFC 3797 from its frozen list, skipping avoided experts with the reason recorded. All
/// specialties or none: a draw that cannot fill a specialty saves nothing.
/// </summary>
public sealed class DrawPanel(GreenBuildDb db, Notifier notifier, IOptions<LabelsOptions> options, TimeProvider clock)
{
    public async Task<Outcome<ReviewPanel>> RunAsync(LabelActor actor, Guid panelId, IReadOnlyList<string> sourceValues, CancellationToken cancellationToken = default)
    {
        var panel = await db.Set<ReviewPanel>().Include(p => p.Draws).Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == panelId, cancellationToken);
        if (panel is null || !actor.IsProvince)
        {
            return LabelErrors.NotFound<ReviewPanel>("panel");
        }

        if (panel.Status != PanelStatus.Announced)
        {
            return LabelErrors.Fail<ReviewPanel>("panel.drawn", "status");
        }

        var names = panel.SourceNames.Split('\n');
        var values = sourceValues ?? [];
        if (values.Count != names.Length)
        {
            return LabelErrors.Fail<ReviewPanel>("sources.count", "sources", names.Length, values.Count);
        }

        var sources = names.Select((name, i) => new DrawSource(name, values[i] ?? "")).ToList();
        var key = DrawKey.From(sources);
        if (!key.Succeeded)
        {
            return Outcome<ReviewPanel>.Fail([.. key.Errors]);
        }

        var application = await db.Set<LabelApplication>().FirstAsync(a => a.Id == panel.ApplicationId, cancellationToken);
        var experts = await db.Set<Expert>().AsNoTracking().ToDictionaryAsync(e => e.Code, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new List<PlatformError>();
        var drawn = new List<PanelMember>();
        foreach (var draw in panel.Draws)
        {
            var candidates = draw.CandidateText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(c => experts[c]).ToList();
            var avoid = PanelDrawing.Avoidance(application, candidates, panel.Members);
            var result = PanelDrawing.Run(draw, key.Value!, avoid);
            if (!result.Succeeded)
            {
                errors.AddRange(result.Errors.Select(e => LabelErrors.Of("draw.failed", "draw", new TextKey("labels.specialty." + draw.Specialty), e.Code)));
                continue;
            }

            (draw.AvoidText, draw.StepsJson, draw.Round) = (PanelDrawing.AvoidText(avoid), LabelJson.Write(PanelDrawing.Steps(result.Value!)), 1);
            drawn.AddRange(result.Value!.Selected.Select(s => Member(panel, draw, experts[s.Candidate], 1, now)));
        }

        if (errors.Count > 0)
        {
            return Outcome<ReviewPanel>.Fail([.. errors]);
        }

        db.AddRange(drawn);
        (panel.SourceValues, panel.DrawKey, panel.DrawnAtUtc, panel.DeadlineUtc, panel.Status) =
            (string.Join("\n", sources.Select(s => $"{s.Name}={s.Values}")), key.Value!.Key, now, now.AddDays(options.Value.ReviewDays), PanelStatus.Reviewing);
        (application.Status, application.UpdatedAtUtc) = (ApplicationStatus.ExpertReview, now);
        History.Record(db, application.Id, actor, now, "panel.drawn", $"{key.Value!.Key} → {string.Join("、", drawn.Select(m => m.ExpertCode))}");
        foreach (var member in drawn)
        {
            await notifier.ToUserAsync(member.UserId, "labels.mail.assigned",
                [application.Number, application.ProjectName, Formats.Local(panel.DeadlineUtc!.Value)], $"/labels/reviews/{member.Id}", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ReviewPanel>.Ok(panel);
    }

    internal static PanelMember Member(ReviewPanel panel, PanelDraw draw, Expert expert, int round, DateTime now) => new()
    {
        PanelId = panel.Id, ExpertId = expert.Id, ExpertCode = expert.Code, ExpertName = expert.Name, UserId = expert.UserId,
        Specialty = draw.Specialty, Round = round, Status = MemberStatus.Assigned, AssignedAtUtc = now,
    };
}
