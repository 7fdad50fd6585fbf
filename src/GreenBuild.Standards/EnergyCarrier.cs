using System.Text.Json.Serialization;

namespace GreenBuild.Standards;

/// <summary>能源品种 — the energy carriers the standard-coal and carbon calculators know, each with its unit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnergyCarrier>))]
public enum EnergyCarrier
{
    /// <summary>电力 — electricity, kWh.</summary>
    Electricity = 1,

    /// <summary>热力 — heat (district heating), MJ.</summary>
    Heat = 2,

    /// <summary>天然气 — natural gas, m³.</summary>
    NaturalGas = 3,

    /// <summary>原煤 — raw coal, kg.</summary>
    RawCoal = 4,

    /// <summary>柴油 — diesel, kg.</summary>
    Diesel = 5,

    /// <summary>汽油 — gasoline, kg.</summary>
    Gasoline = 6,

    /// <summary>液化石油气 — liquefied petroleum gas, kg.</summary>
    Lpg = 7,

    /// <summary>燃料油 — fuel oil, kg.</summary>
    FuelOil = 8,

    /// <summary>低压蒸汽 — low-pressure steam, kg.</summary>
    LowPressureSteam = 9,
}
