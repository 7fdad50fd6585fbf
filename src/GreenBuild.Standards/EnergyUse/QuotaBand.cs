using System.Text.Json.Serialization;

namespace GreenBuild.Standards.EnergyUse;

/// <summary>能耗水平 — where an energy use intensity falls against the 引导值 and 约束值 of GB/T 51161-2016.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuotaBand>))]
public enum QuotaBand
{
    /// <summary>优于引导值 — at or below the guide value.</summary>
    BetterThanGuide = 1,

    /// <summary>介于引导值与约束值之间 — above the guide value, at or below the constraint value.</summary>
    BetweenGuideAndConstraint = 2,

    /// <summary>超约束值 — above the constraint value.</summary>
    ExceedsConstraint = 3,
}
