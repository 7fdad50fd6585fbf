using System.Text.Json.Serialization;

namespace GreenBuild.Standards.EnergyUse;

/// <summary>建筑分类 — GB/T 51161-2016 §6.1: A类 can be naturally ventilated, B类 relies on central air-conditioning.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OperationClass>))]
public enum OperationClass
{
    /// <summary>A类 — can open windows for natural ventilation.</summary>
    A = 1,

    /// <summary>B类 — sealed, relies on mechanical ventilation and central air-conditioning all year.</summary>
    B = 2,
}
