using GreenBuild.Labels.Model;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Review;

/// <summary>A declared conflict and the expert drawn in its place (null when the pool has nobody left).</summary>
public sealed record ConflictResult(PanelMember Declared, PanelMember? Replacement);

/// <summary>
/// 声明回避 — a drawn expert declares a conflict of interest with a reason. It leaves the panel and loses sight of the
/// application; the specialty is drawn again from the same list and key with the conflict added to the avoidance list,
/// which keeps the other members and chooses the next candidate of the RFC 3797 order — verifiable like the first draw.
/// </summary>
public sealed class DeclareConflict(GreenBuildDb db, Notifier notifier, TimeProvider clock)
{
    public async Task<Outcome<ConflictResult>> RunAsync(LabelActor actor, Guid memberId, string? reason, CancellationToken cancellationToken = default)
    {
        var member = await db.Set<PanelMember>().FirstOrDefaultAsync(m => m.Id == memberId && m.UserId == actor.UserId, cancellationToken);
        var panel = member is null ? null
            : await db.Set<ReviewPanel>().Include(p => p.Draws).Include(p => p.Members).FirstAsync(p => p.Id == member.PanelId, cancellationToken);
        if (member is null || panel!.Status != PanelStatus.Reviewing || !member.IsSeated)
        {
            return LabelErrors.NotFound<ConflictResult>("assignment");
        }

        if (member.Status == MemberStatus.Submitted)
        {
            return LabelErrors.Fail<ConflictResult>("conflict.submitted", "conflictReason");
        }

        var text = (reason ?? "").Trim();
        if (text.Length is 0 or > 500)
        {
            return LabelErrors.Fail<ConflictResult>("conflict.reason", "conflictReason", 500);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (member.Status, member.ConflictReason) = (MemberStatus.Conflict, text);
        var application = await db.Set<LabelApplication>().FirstAsync(a => a.Id == panel.ApplicationId, cancellationToken);
        History.Record(db, application.Id, actor, now, "panel.conflict", $"{member.ExpertCode}：{text}");
        var replacement = await PanelDrawing.ReplacementAsync(db, panel, member.Specialty, application, now, cancellationToken);
        if (replacement is null)
        {
            History.Record(db, application.Id, actor, now, "panel.replacement.failed", member.ExpertCode);
        }
        else
        {
            db.Add(replacement);
            History.Record(db, application.Id, actor, now, "panel.replaced", $"{member.ExpertCode} → {replacement.ExpertCode}");
            await notifier.ToUserAsync(replacement.UserId, "labels.mail.assigned",
                [application.Number, application.ProjectName, Formats.Local(member.DeadlineOn(panel)!.Value)], $"/labels/reviews/{replacement.Id}", cancellationToken);
            replacement.DeadlineUtc = member.DeadlineUtc;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ConflictResult>.Ok(new ConflictResult(member, replacement));
    }
}
