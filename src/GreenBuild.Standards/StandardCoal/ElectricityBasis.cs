using System.Text.Json.Serialization;

namespace GreenBuild.Standards.StandardCoal;

/// <summary>电力折标系数口径 — GB/T 2589-2020: electricity by its calorific equivalent or by generation coal use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ElectricityBasis>))]
public enum ElectricityBasis
{
    /// <summary>当量值 — calorific equivalent, 860 kcal/kWh ÷ 7000 kcal/kgce (0.1229 kgce/kWh).</summary>
    CalorificEquivalent = 1,

    /// <summary>等价值 — by the year's average power-supply standard-coal consumption.</summary>
    GenerationEquivalent = 2,
}
