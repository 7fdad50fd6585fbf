using GreenBuild.Platform.Accounts;

namespace GreenBuild.Supervision.Draw;

/// <summary>
/// 随机抽取 — draws <c>count</c> candidates from a published list with RFC 3797 §4, applying avoidance
/// (回避) by skipping: each step removes the entry RFC 3797 selects from the pool; if an avoidance rule
/// applies to it, it is recorded as skipped with the reason and the draw continues with the next counter.
/// So the order of entries is exactly RFC 3797's, and the chosen are its first <c>count</c> entries that no
/// rule avoids — a citizen can check the draw with any RFC 3797 implementation and the published rules.
/// </summary>
public static class DrawCandidates
{
    /// <summary>
    /// An avoidance rule: given a candidate id and those already chosen, the reason to skip it, or null.
    /// Rules must be announced with the task; a rule that looks at the chosen ones (e.g. "at most one per
    /// employer") is applied in draw order.
    /// </summary>
    public delegate string? Avoidance(string candidate, IReadOnlyList<string> chosen);

    public static Outcome<DrawResult> Run(CandidateList list, int count, DrawKey key, Avoidance? avoid = null)
    {
        if (count < 1)
        {
            return Outcome<DrawResult>.Fail(new PlatformError("draw.count.range", "count", "draw.error.count.range", count));
        }

        if (count > list.Count)
        {
            return Outcome<DrawResult>.Fail(new PlatformError("draw.count.pool", "count", "draw.error.count.pool", list.Count, count));
        }

        var steps = new List<DrawStep>();
        var chosen = new List<string>();
        foreach (var rfc in Rfc3797.Steps(key.Key, list.Count))
        {
            var candidate = list.At(rfc.Position);
            var reason = avoid?.Invoke(candidate, chosen);
            steps.Add(new DrawStep(rfc, candidate, reason is null, reason));
            if (reason is null)
            {
                chosen.Add(candidate);
                if (chosen.Count == count)
                {
                    return Outcome<DrawResult>.Ok(new DrawResult(list, key, count, steps));
                }
            }
        }

        return Outcome<DrawResult>.Fail(new PlatformError("draw.avoidance.exhausted", "avoid", "draw.error.avoidance.exhausted",
            list.Count, steps.Count - chosen.Count, chosen.Count, count));
    }
}
