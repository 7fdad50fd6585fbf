using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels.Review;

/// <summary>The expert replaced for a missed deadline and the one drawn in its place.</summary>
public sealed record ReplacementResult(PanelMember Replaced, PanelMember Replacement);

/// <summary>
/// 超期替换 — the province replaces a drawn expert who has not scored by its deadline: the expert is marked replaced
/// (with the reason) and loses sight of the application at once; its specialty is drawn again from the same frozen list
/// and key with the replaced expert on the avoidance list besides the first draw's rules, so the other members stay and
/// the next candidate in RFC 3797 order joins — verifiable like the first draw (its round, avoidance list and steps are
/// published). The replacement gets <see cref="LabelsOptions.ReviewDays"/> from now as its own deadline. All or nothing:
/// when the pool has nobody left the expert stays and nothing is saved. Both experts are notified; the step is recorded
/// in the application's history and the audit log.
/// </summary>
public sealed class ReplaceOverdueExpert(GreenBuildDb db, Notifier notifier, IOptions<LabelsOptions> options, TimeProvider clock)
{
    public async Task<Outcome<ReplacementResult>> RunAsync(LabelActor actor, Guid memberId, string? reason, CancellationToken cancellationToken = default)
    {
        var member = actor.IsProvince ? await db.Set<PanelMember>().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken) : null;
        var panel = member is null ? null
            : await db.Set<ReviewPanel>().Include(p => p.Draws).Include(p => p.Members).FirstAsync(p => p.Id == member.PanelId, cancellationToken);
        if (member is null || panel!.Status != PanelStatus.Reviewing)
        {
            return LabelErrors.NotFound<ReplacementResult>("assignment");
        }

        if (member.Status != MemberStatus.Assigned)
        {
            return LabelErrors.Fail<ReplacementResult>("replace.status", "memberId", member.ExpertCode, new TextKey("labels.member.status." + member.Status));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var deadline = member.DeadlineOn(panel)!.Value;
        if (now <= deadline)
        {
            return LabelErrors.Fail<ReplacementResult>("replace.early", "memberId", member.ExpertCode, Formats.Local(deadline));
        }

        var text = (reason ?? "").Trim();
        if (text.Length is 0 or > 500 || text.Any(c => char.IsControl(c)))
        {
            return LabelErrors.Fail<ReplacementResult>("replace.reason", "reason", 500);
        }

        (member.Status, member.ReplacedReason, member.ReplacedAtUtc) = (MemberStatus.Replaced, text, now);
        var application = await db.Set<LabelApplication>().FirstAsync(a => a.Id == panel.ApplicationId, cancellationToken);
        var replacement = await PanelDrawing.ReplacementAsync(db, panel, member.Specialty, application, now, cancellationToken);
        if (replacement is null)
        {
            return LabelErrors.Fail<ReplacementResult>("replace.none", "memberId", new TextKey("labels.specialty." + member.Specialty));
        }

        replacement.DeadlineUtc = now.AddDays(options.Value.ReviewDays);
        db.Add(replacement);
        History.Record(db, application.Id, actor, now, "panel.overdue.replaced", $"{member.ExpertCode} → {replacement.ExpertCode}：{text}");
        await notifier.ToUserAsync(member.UserId, "labels.mail.replaced", [application.Number, Formats.Local(deadline), text], null, cancellationToken);
        await notifier.ToUserAsync(replacement.UserId, "labels.mail.assigned",
            [application.Number, application.ProjectName, Formats.Local(replacement.DeadlineUtc.Value)], $"/labels/reviews/{replacement.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ReplacementResult>.Ok(new ReplacementResult(member, replacement));
    }
}
