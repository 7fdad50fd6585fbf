namespace GreenBuild.Standards.GreenRating;

/// <summary>评分项得分 — the category totals Q1–Q5 of GB/T 50378-2019 §3.2.7, when items are not itemised.</summary>
public sealed record CategoryScores
{
    /// <summary>安全耐久 Q1 (max 100).</summary>
    public decimal? Safety { get; init; }

    /// <summary>健康舒适 Q2 (max 100).</summary>
    public decimal? Health { get; init; }

    /// <summary>生活便利 Q3 (max 70 at 预评价, 100 at 评价).</summary>
    public decimal? Convenience { get; init; }

    /// <summary>资源节约 Q4 (max 200).</summary>
    public decimal? Resources { get; init; }

    /// <summary>环境宜居 Q5 (max 100).</summary>
    public decimal? Environment { get; init; }
}
