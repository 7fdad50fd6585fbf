using System.Text.Json.Serialization;

namespace GreenBuild.Standards.GreenRating;

/// <summary>评价指标类别 — the five scored categories of GB/T 50378-2019 table 3.2.7.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RatingCategory>))]
public enum RatingCategory
{
    /// <summary>安全耐久 (Q1).</summary>
    Safety = 1,

    /// <summary>健康舒适 (Q2).</summary>
    Health = 2,

    /// <summary>生活便利 (Q3).</summary>
    Convenience = 3,

    /// <summary>资源节约 (Q4).</summary>
    Resources = 4,

    /// <summary>环境宜居 (Q5).</summary>
    Environment = 5,
}
