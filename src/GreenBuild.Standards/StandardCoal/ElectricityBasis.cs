using System.Text.Json.Serialization;

namespace GreenBuild.Standards.StandardCoal;

/// <summary>电力折标系数口径 — GB/T 2589-2020: electricity by its calorific equivalent or by generation coal use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ElectricityBasis>))]
public enum ElectricityBasis
{
    /// <summary>当量值 — calorific equivalent, 3600 kJ/kWh ÷ 29307.6 kJ/kgce.</summary>
    CalorificEquivalent = 1,

    /// <summary>等价值 — by the year's average power-supply standard-coal consumption.</summary>
    GenerationEquivalent = 2,
}
