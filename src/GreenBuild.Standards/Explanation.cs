namespace GreenBuild.Standards;

/// <summary>
/// 计算说明 — how a result was reached: the ordered steps (each citing its clause), what is still
/// missing for the next level, and the versioned reference tables that were used.
/// </summary>
/// <param name="Summary">One sentence stating the outcome, in Chinese.</param>
/// <param name="Steps">The steps in the order they were taken.</param>
/// <param name="Shortfalls">What the result lacks to reach the next level; empty when nothing is missing or there is no next level.</param>
/// <param name="References">The reference tables (file, standard, version, status) the calculation read.</param>
public sealed record Explanation(
    string Summary,
    IReadOnlyList<ExplanationStep> Steps,
    IReadOnlyList<Shortfall> Shortfalls,
    IReadOnlyList<ReferenceUse> References);
