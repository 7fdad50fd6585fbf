using System.Text.Json.Serialization;

namespace GreenBuild.Standards.GreenRating;

/// <summary>
/// 住宅建筑隔声性能 — the sound-insulation level reached by a residential building (airborne sound between
/// outdoors and bedrooms and between dwellings, impact sound of bedroom floors), GB/T 50378-2019 table 3.2.8.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SoundInsulationLevel>))]
public enum SoundInsulationLevel
{
    /// <summary>达到低限标准限值 — the low limits.</summary>
    LowLimit = 1,

    /// <summary>达到低限标准限值和高要求标准限值的平均值 — the average of the low and high limits (二星级).</summary>
    AverageOfLowAndHigh = 2,

    /// <summary>达到高要求标准限值 — the high-requirement limits (三星级).</summary>
    High = 3,
}
