namespace GreenBuild.Standards.AssemblyRate;

/// <summary>装配率评价结果 — assembly rate (§4.0.1), whether the building is 装配式 (§3.0.3) and its grade (§5.0.2).</summary>
/// <param name="Items">Every item of table 4.0.1 as scored.</param>
/// <param name="Parts">Q1, Q2 and Q3 with their minima.</param>
/// <param name="NotApplicableScore">Q4, the maxima of the items the building lacks.</param>
/// <param name="AssemblyRatePercent">P = (Q1 + Q2 + Q3) / (100 − Q4) × 100%, unrounded.</param>
/// <param name="AssessedRatePercent">P rounded as the reference data says, used for §3.0.3 and §5.0.2.</param>
/// <param name="IsPrefabricated">Whether every entry condition of §3.0.3 holds (装配式建筑).</param>
/// <param name="IsGradable">Whether §5.0.1 allows grading (装配式 and vertical members ≥ the grading ratio).</param>
/// <param name="Grade">The grade (None when not graded).</param>
/// <param name="GradeNameZh">The grade in Chinese.</param>
public sealed record AssemblyRateOutcome(
    IReadOnlyList<AssemblyItemScore> Items,
    IReadOnlyList<AssemblyPartScore> Parts,
    decimal NotApplicableScore,
    decimal AssemblyRatePercent,
    decimal AssessedRatePercent,
    bool IsPrefabricated,
    bool IsGradable,
    AssemblyGrade Grade,
    string GradeNameZh);
