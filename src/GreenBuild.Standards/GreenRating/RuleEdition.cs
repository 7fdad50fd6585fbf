using System.Text.Json.Serialization;

namespace GreenBuild.Standards.GreenRating;

/// <summary>评价规则版本 — which edition of table 3.2.8 a rating applies; the result records it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleEdition>))]
public enum RuleEdition
{
    /// <summary>GB/T 50378-2019 as published (2019-08-01).</summary>
    Edition2019 = 1,

    /// <summary>GB/T 50378-2019 with its 2024 partial revision (adds the green-building-materials row; unverified).</summary>
    Revision2024 = 2,
}
