using System.Text.Json.Serialization;

namespace GreenBuild.Standards.GreenRating;

/// <summary>绿色建筑等级 — the levels of GB/T 50378-2019 §3.2.8, in increasing order.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GreenLevel>))]
public enum GreenLevel
{
    /// <summary>未达到基本级 — not all 控制项 (prerequisites) are met.</summary>
    NotQualified = 0,

    /// <summary>基本级 — all 控制项 met.</summary>
    Basic = 1,

    /// <summary>一星级.</summary>
    OneStar = 2,

    /// <summary>二星级.</summary>
    TwoStar = 3,

    /// <summary>三星级.</summary>
    ThreeStar = 4,
}
