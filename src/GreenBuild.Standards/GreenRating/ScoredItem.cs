namespace GreenBuild.Standards.GreenRating;

/// <summary>评分项 — one scored item of chapters 4–8 of GB/T 50378-2019, summed into its category (§3.2.7).</summary>
public sealed record ScoredItem
{
    /// <summary>The category the item belongs to.</summary>
    public RatingCategory Category { get; init; }

    /// <summary>The item's clause, e.g. "7.2.4".</summary>
    public string Clause { get; init; } = "";

    /// <summary>The score awarded.</summary>
    public decimal Score { get; init; }

    /// <summary>The item's maximum score as printed in the standard, when known; the score may not exceed it.</summary>
    public decimal? MaxScore { get; init; }
}
