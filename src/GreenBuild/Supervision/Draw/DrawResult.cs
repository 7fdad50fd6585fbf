namespace GreenBuild.Supervision.Draw;

/// <summary>
/// A verifiable draw: the list (with its digest), the key, every step, and the selection in draw order.
/// Everything a citizen needs to redo it by hand with RFC 3797 and an MD5 tool.
/// </summary>
public sealed record DrawResult(CandidateList List, DrawKey Key, int Count, IReadOnlyList<DrawStep> Steps)
{
    /// <summary>The chosen candidates in the order they were drawn.</summary>
    public IReadOnlyList<DrawStep> Selected => [.. Steps.Where(s => s.Chosen)];

    public IReadOnlyList<DrawStep> Skipped => [.. Steps.Where(s => !s.Chosen)];
}
