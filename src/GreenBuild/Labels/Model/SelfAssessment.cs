using GreenBuild.Standards;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 自评估 — the applicant's GB/T 50378-2019 self-assessment at the 评价 stage: the 控制项, the scored items with
/// the evidence of each, the bonus, 全装修 and the table 3.2.8 measures. <see cref="ToInput"/> is what the calculator reads.
/// </summary>
public sealed record SelfAssessment
{
    public ClimateZone? ClimateZone { get; init; } = Standards.ClimateZone.Cold;

    public bool PrerequisitesMet { get; init; }

    public IReadOnlyList<string> UnmetPrerequisites { get; init; } = [];

    public IReadOnlyList<AssessmentItem> Items { get; init; } = [];

    public decimal? InnovationScore { get; init; }

    public bool FullyDecorated { get; init; }

    public StarMeasures Measures { get; init; } = new();

    public GreenRatingInput ToInput(bool isResidential, IReadOnlyDictionary<string, decimal>? scores = null) => new()
    {
        Edition = RuleEdition.Edition2019,
        Stage = EvaluationStage.Evaluation,
        IsResidential = isResidential,
        ClimateZone = ClimateZone,
        PrerequisitesMet = PrerequisitesMet,
        UnmetPrerequisites = UnmetPrerequisites,
        // A category without items yet counts as 0 points, so a draft can be rated while it is being filled in;
        // submission requires items in every category (SubmitApplication).
        Categories = new CategoryScores
        {
            Safety = Missing(RatingCategory.Safety), Health = Missing(RatingCategory.Health), Convenience = Missing(RatingCategory.Convenience),
            Resources = Missing(RatingCategory.Resources), Environment = Missing(RatingCategory.Environment),
        },
        Items = [.. Items.Select(i => new ScoredItem
        {
            Category = i.Category, Clause = i.Clause, MaxScore = i.MaxScore,
            Score = scores is not null && scores.TryGetValue(i.Clause, out var s) ? s : i.Score,
        })],
        InnovationScore = InnovationScore,
        FullyDecorated = FullyDecorated,
        Measures = Measures,
    };

    private decimal? Missing(RatingCategory category) => Items.Any(i => i.Category == category) ? null : 0;
}

/// <summary>One scored item (评分项) of the self-assessment with what proves it.</summary>
public sealed record AssessmentItem
{
    public RatingCategory Category { get; init; }

    /// <summary>The clause of GB/T 50378-2019, e.g. 7.2.8.</summary>
    public string Clause { get; init; } = "";

    public decimal Score { get; init; }

    public decimal? MaxScore { get; init; }

    /// <summary>证明说明 — what the evidence shows, and where (file, page).</summary>
    public string? Evidence { get; init; }
}
