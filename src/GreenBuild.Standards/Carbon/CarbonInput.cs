namespace GreenBuild.Standards.Carbon;

/// <summary>运行阶段碳排放计算输入 — GB/T 51366-2019 §4.1: a building's annual energy by carrier.</summary>
public sealed record CarbonInput
{
    /// <summary>A — floor area, m².</summary>
    public decimal? FloorArea { get; init; }

    /// <summary>y — design working life, years (设计使用年限).</summary>
    public decimal? DesignLifeYears { get; init; }

    /// <summary>The grid whose electricity factor applies: a region key of grid-emission-factors.json ("shanxi", "north-china", "national", …).</summary>
    public string GridRegion { get; init; } = "shanxi";

    /// <summary>The year of the published grid factor to use.</summary>
    public int? GridFactorYear { get; init; }

    /// <summary>An electricity factor (kgCO2/kWh) replacing the published one, e.g. a newer announcement.</summary>
    public decimal? GridFactor { get; init; }

    /// <summary>The energy used, by carrier.</summary>
    public IReadOnlyList<CarbonEnergyUse> Energy { get; init; } = [];

    /// <summary>C_p — annual carbon sink of the site's green space, kgCO2/a.</summary>
    public decimal GreenSpaceSinkKgPerYear { get; init; }
}
