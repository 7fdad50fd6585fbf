namespace GreenBuild.Standards.EnergyUse;

/// <summary>An intensity compared with its 约束值 and 引导值.</summary>
/// <param name="Value">The intensity compared.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Constraint">约束值.</param>
/// <param name="Guide">引导值.</param>
/// <param name="Band">Where it falls.</param>
/// <param name="BandNameZh">优于引导值 / 介于引导值与约束值之间 / 超约束值.</param>
/// <param name="DifferenceFromGuide">Value − guide (negative: below the guide).</param>
/// <param name="DifferenceFromConstraint">Value − constraint (positive: the excess over the constraint).</param>
/// <param name="PercentOfConstraint">Value / constraint × 100.</param>
/// <param name="QuotaSource">Where the values came from: a reference file or the caller's source.</param>
public sealed record QuotaComparison(
    decimal Value,
    string Unit,
    decimal Constraint,
    decimal Guide,
    QuotaBand Band,
    string BandNameZh,
    decimal DifferenceFromGuide,
    decimal DifferenceFromConstraint,
    decimal PercentOfConstraint,
    string QuotaSource);
