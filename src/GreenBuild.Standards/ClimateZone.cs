using System.Text.Json.Serialization;

namespace GreenBuild.Standards;

/// <summary>建筑热工设计分区 — the thermal climate zones of GB 50176-2016 (Shanxi lies in 严寒 and 寒冷).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClimateZone>))]
public enum ClimateZone
{
    /// <summary>严寒地区 — severe cold.</summary>
    SevereCold = 1,

    /// <summary>寒冷地区 — cold.</summary>
    Cold = 2,

    /// <summary>夏热冬冷地区 — hot summer, cold winter.</summary>
    HotSummerColdWinter = 3,

    /// <summary>夏热冬暖地区 — hot summer, warm winter.</summary>
    HotSummerWarmWinter = 4,

    /// <summary>温和地区 — temperate.</summary>
    Temperate = 5,
}
