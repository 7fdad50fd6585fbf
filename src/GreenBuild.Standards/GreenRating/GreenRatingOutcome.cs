namespace GreenBuild.Standards.GreenRating;

/// <summary>绿色建筑评价结果 — the level of GB/T 50378-2019 §3.2.8 and the total score of §3.2.7.</summary>
/// <param name="Level">The level reached.</param>
/// <param name="LevelNameZh">The level in Chinese, e.g. "二星级".</param>
/// <param name="TotalScore">Q = (Q0 + Q1 + … + Q5 + QA) / 10, unrounded.</param>
/// <param name="PrerequisiteBaseScore">Q0 (400 when all 控制项 are met, otherwise 0).</param>
/// <param name="Categories">The five categories as scored.</param>
/// <param name="InnovationScoreGiven">QA as given.</param>
/// <param name="InnovationScoreCounted">QA as counted (capped).</param>
/// <param name="Requirements">Every requirement of §3.2.8 with the highest level it allows.</param>
/// <param name="Edition">The edition of the rule table applied.</param>
/// <param name="Stage">预评价 or 评价.</param>
public sealed record GreenRatingOutcome(
    GreenLevel Level,
    string LevelNameZh,
    decimal TotalScore,
    decimal PrerequisiteBaseScore,
    IReadOnlyList<CategoryResult> Categories,
    decimal InnovationScoreGiven,
    decimal InnovationScoreCounted,
    IReadOnlyList<RequirementResult> Requirements,
    RuleEdition Edition,
    EvaluationStage Stage);
