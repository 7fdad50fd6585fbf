using System.Globalization;
using System.Text;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Draw;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Review;

/// <summary>One recorded step of a specialty's draw, as published.</summary>
public sealed record PublishedStep(int Counter, int Position, string Candidate, bool Chosen, string? SkipReason);

/// <summary>
/// The label module's thin wrapper over the supervision module's verifiable draw (<see cref="CandidateList"/>,
/// <see cref="DrawKey"/>, <see cref="DrawCandidates"/>): candidate lists of expert codes by specialty, and the
/// avoidance rules (回避) of label review as a published list — the applicant's own organization, the project's
/// participating organizations, the expert's declared involvement in the project, conflicts the drawn experts
/// declared on this panel and experts replaced for a missed deadline — so that <c>/draw/verify</c> recomputes every panel from what is published.
/// </summary>
internal static class PanelDrawing
{
    public static CandidateList Candidates(IEnumerable<Expert> experts) => CandidateList.Of(experts.Select(e => e.Code));

    /// <summary>Every candidate that an avoidance rule applies to, with the reason (in Chinese, as published).</summary>
    public static Dictionary<string, string> Avoidance(LabelApplication application, IEnumerable<Expert> candidates, IEnumerable<PanelMember> members)
    {
        var text = JsonStringLocalizer.TableFor(JsonStringLocalizer.DefaultCulture);
        var participants = application.ParticipantIds().ToHashSet();
        var declared = members.Where(m => m.Status == MemberStatus.Conflict).ToDictionary(m => m.ExpertCode, m => m.ConflictReason ?? "");
        var replaced = members.Where(m => m.Status == MemberStatus.Replaced).ToDictionary(m => m.ExpertCode, m => m.ReplacedReason ?? "");
        var avoid = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var expert in candidates)
        {
            var reason = declared.TryGetValue(expert.Code, out var own) ? string.Format(CultureInfo.InvariantCulture, text["labels.avoid.declared"], own)
                : replaced.TryGetValue(expert.Code, out var late) ? string.Format(CultureInfo.InvariantCulture, text["labels.avoid.replaced"], late)
                : expert.OrganizationId == application.OrganizationId ? text["labels.avoid.own"]
                : expert.OrganizationId is { } org && participants.Contains(org) ? text["labels.avoid.participant"]
                : expert.InvolvedProjects().Contains(application.ProjectCode, StringComparer.Ordinal) ? text["labels.avoid.involved"]
                : null;
            if (reason is not null)
            {
                avoid[expert.Code] = reason;
            }
        }

        return avoid;
    }

    public static Outcome<DrawResult> Run(PanelDraw draw, DrawKey key, IReadOnlyDictionary<string, string> avoid)
    {
        var list = CandidateList.Parse(draw.CandidateText);
        return !list.Succeeded ? Outcome<DrawResult>.Fail([.. list.Errors])
            : DrawCandidates.Run(list.Value!, draw.Count, key, (candidate, _) => avoid.GetValueOrDefault(candidate));
    }

    public static string AvoidText(IReadOnlyDictionary<string, string> avoid)
    {
        var builder = new StringBuilder();
        foreach (var (id, reason) in avoid.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            builder.Append(id).Append('\t').Append(reason.Replace('\t', ' ').Replace('\n', ' ')).Append('\n');
        }

        return builder.ToString();
    }

    public static IReadOnlyList<PublishedStep> Steps(DrawResult result) =>
        [.. result.Steps.Select(s => new PublishedStep(s.Rfc.Counter, s.Rfc.Position, s.Candidate, s.Chosen, s.SkipReason))];

    /// <summary>
    /// A specialty drawn again from its frozen list and the panel's key, with the avoidance list now naming the members
    /// who left (conflict, replaced): the seated members stay chosen (RFC 3797 order is unchanged) and the next candidate
    /// in that order joins — the draw's round, avoidance list and steps are updated, so the public page re-verifies it.
    /// Null when the pool has nobody left.
    /// </summary>
    public static async Task<PanelMember?> ReplacementAsync(GreenBuildDb db, ReviewPanel panel, Specialty specialty, LabelApplication application,
        DateTime now, CancellationToken cancellationToken)
    {
        var draw = panel.Draws.First(d => d.Specialty == specialty);
        var key = Key(panel);
        var experts = await db.Set<Expert>().AsNoTracking().ToDictionaryAsync(e => e.Code, cancellationToken);
        var candidates = draw.CandidateText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(c => experts[c]).ToList();
        var avoid = Avoidance(application, candidates, panel.Members);
        var result = Run(draw, key.Value!, avoid);
        if (!result.Succeeded)
        {
            return null;
        }

        var seated = panel.Members.Where(m => m.Specialty == specialty).Select(m => m.ExpertCode).ToHashSet(StringComparer.Ordinal);
        var next = result.Value!.Selected.FirstOrDefault(s => !seated.Contains(s.Candidate));
        if (next is null)
        {
            return null;
        }

        draw.Round++;
        (draw.AvoidText, draw.StepsJson) = (AvoidText(avoid), LabelJson.Write(Steps(result.Value)));
        return DrawPanel.Member(panel, draw, experts[next.Candidate], draw.Round, now);
    }

    public static Outcome<DrawKey> Key(ReviewPanel panel) =>
        DrawKey.From([.. (panel.SourceValues ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(DrawSource.Parse)]);
}
