namespace GreenBuild.Standards.GreenRating;

/// <summary>绿色建筑评价输入 — what GB/T 50378-2019 §3.2 needs to rate a building.</summary>
public sealed record GreenRatingInput
{
    /// <summary>Which edition of the star requirements to apply; defaults to the 2019 text.</summary>
    public RuleEdition Edition { get; init; } = RuleEdition.Edition2019;

    /// <summary>预评价 or 评价 (§3.1.2); sets the maximum of 生活便利.</summary>
    public EvaluationStage Stage { get; init; }

    /// <summary>住宅建筑 — residential buildings carry the sound-insulation and window rows of table 3.2.8.</summary>
    public bool IsResidential { get; init; }

    /// <summary>The building's thermal climate zone; required for residential buildings.</summary>
    public ClimateZone? ClimateZone { get; init; }

    /// <summary>控制项 — true when every prerequisite item is met (§3.2.8: 基本级).</summary>
    public bool PrerequisitesMet { get; init; }

    /// <summary>The clauses of prerequisite items not met, e.g. "5.1.1" (informative).</summary>
    public IReadOnlyList<string> UnmetPrerequisites { get; init; } = [];

    /// <summary>Category totals; a category may instead be given by <see cref="Items"/>, not both.</summary>
    public CategoryScores? Categories { get; init; }

    /// <summary>Itemised scores, summed per category (§3.2.7).</summary>
    public IReadOnlyList<ScoredItem> Items { get; init; } = [];

    /// <summary>提高与创新加分项得分 QA before the cap (§3.2.7: above 100 counts as 100).</summary>
    public decimal? InnovationScore { get; init; }

    /// <summary>全装修 — fully fitted out, with quality per current standards (§3.2.8, item 2).</summary>
    public bool FullyDecorated { get; init; }

    /// <summary>The technical values table 3.2.8 checks.</summary>
    public StarMeasures Measures { get; init; } = new();
}
