namespace GreenBuild.Standards.GreenRating;

/// <summary>Table 3.2.7 and the §3.2.8 thresholds as read from gbt-50378-2019-scoring.json.</summary>
internal sealed record ScoringTable(
    decimal PrerequisiteBaseScore,
    decimal Divisor,
    decimal BonusCap,
    decimal MinimumCategoryShare,
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<ThresholdRow> StarThresholds);

internal sealed record CategoryRow(RatingCategory Category, string NameZh, string Symbol, decimal MaxPreEvaluation, decimal MaxEvaluation)
{
    public decimal Maximum(EvaluationStage stage) => stage == EvaluationStage.PreEvaluation ? MaxPreEvaluation : MaxEvaluation;
}

internal sealed record ThresholdRow(GreenLevel Level, decimal MinimumTotalScore);

/// <summary>Table 3.2.8 as read from a star-requirements file.</summary>
internal sealed record RequirementTable(IReadOnlyList<RequirementRow> Rows);

internal sealed record RequirementRow(string Id, string NameZh, string Kind, string AppliesTo, string Status, IReadOnlyList<RequirementLevel> Levels);

internal sealed record RequirementLevel(
    GreenLevel Level,
    decimal? Minimum,
    decimal? AlternativeMinimum,
    int? MaximumGrade,
    SoundInsulationLevel? SoundInsulation);
