using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Review;

/// <summary>An expert's review as entered: a score and comment per item, an overall opinion, optionally a level.</summary>
public sealed record ExpertReviewInput(IReadOnlyList<ExpertScore>? Scores, string? Opinion, GreenLevel? RecommendedLevel);

/// <summary>
/// 专家评分 — a drawn expert scores every item of the reviewed version with comments (a comment is required where the
/// score differs from the applicant's), before the panel's deadline and while the panel is open. Re-submitting before
/// the conclusion replaces its own earlier scores (kept in the audit log).
/// </summary>
public sealed class SubmitExpertReview(GreenBuildDb db, TimeProvider clock)
{
    public async Task<Outcome<PanelMember>> RunAsync(LabelActor actor, Guid memberId, ExpertReviewInput input, CancellationToken cancellationToken = default)
    {
        var member = await db.Set<PanelMember>().FirstOrDefaultAsync(m => m.Id == memberId && m.UserId == actor.UserId, cancellationToken);
        var panel = member is null ? null : await db.Set<ReviewPanel>().FirstAsync(p => p.Id == member.PanelId, cancellationToken);
        if (member is null || panel!.Status != PanelStatus.Reviewing || !member.IsSeated)
        {
            return LabelErrors.NotFound<PanelMember>("assignment");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (member.DeadlineOn(panel) is { } deadline && deadline < now)
        {
            return LabelErrors.Fail<PanelMember>("review.late", "scores", Formats.Local(deadline));
        }

        var version = await db.Set<ApplicationVersion>().AsNoTracking().FirstAsync(v => v.ApplicationId == panel.ApplicationId && v.Version == panel.Version, cancellationToken);
        var items = Versions.Assessment(version).Items;
        var errors = Check(items, input);
        if (errors.Count > 0)
        {
            return Outcome<PanelMember>.Fail([.. errors]);
        }

        var scores = items.Select(i => input.Scores!.First(s => s.Clause.Trim() == i.Clause))
            .Select(s => new ExpertScore(s.Clause.Trim(), s.Score, string.IsNullOrWhiteSpace(s.Comment) ? null : s.Comment.Trim())).ToList();
        (member.ScoresJson, member.Opinion, member.RecommendedLevel, member.Status, member.SubmittedAtUtc) =
            (LabelJson.Write(scores), input.Opinion!.Trim(), input.RecommendedLevel, MemberStatus.Submitted, now);
        History.Record(db, panel.ApplicationId, actor, now, "review.submitted", member.ExpertCode);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<PanelMember>.Ok(member);
    }

    private static List<PlatformError> Check(IReadOnlyList<AssessmentItem> items, ExpertReviewInput input)
    {
        var errors = new List<PlatformError>();
        var scores = input.Scores ?? [];
        var byClause = scores.GroupBy(s => (s.Clause ?? "").Trim()).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (clause, list) in byClause)
        {
            if (!items.Any(i => i.Clause == clause))
            {
                errors.Add(LabelErrors.Of("review.clause.unknown", "scores", clause));
            }
            else if (list.Count > 1)
            {
                errors.Add(LabelErrors.Of("review.clause.duplicate", "scores", clause));
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!byClause.TryGetValue(item.Clause, out var given))
            {
                errors.Add(LabelErrors.Of("review.clause.missing", $"scores[{i}]", item.Clause));
                continue;
            }

            var score = given[0];
            if (score.Score < 0 || (item.MaxScore is { } max && score.Score > max))
            {
                errors.Add(LabelErrors.Of("review.score.range", $"scores[{i}].score", item.Clause, score.Score, item.MaxScore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"));
            }

            if (score.Score != item.Score && string.IsNullOrWhiteSpace(score.Comment))
            {
                errors.Add(LabelErrors.Of("review.comment.required", $"scores[{i}].comment", item.Clause, item.Score, score.Score));
            }

            if (score.Comment?.Length > 1000)
            {
                errors.Add(LabelErrors.Of("review.comment.long", $"scores[{i}].comment", item.Clause, 1000));
            }
        }

        if (string.IsNullOrWhiteSpace(input.Opinion) || input.Opinion.Length > 4000)
        {
            errors.Add(LabelErrors.Of("review.opinion", "opinion", 4000));
        }

        if (input.RecommendedLevel is { } level && !Enum.IsDefined(level))
        {
            errors.Add(LabelErrors.Of("target.level", "recommendedLevel", level));
        }

        return errors;
    }
}
