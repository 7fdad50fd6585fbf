namespace GreenBuild.Standards.EnergyUse;

/// <summary>公共建筑能耗评价输入 — one public building's measured annual energy use (GB/T 51161-2016).</summary>
public sealed record EnergyUseInput
{
    /// <summary>The building type.</summary>
    public PublicBuildingType BuildingType { get; init; }

    /// <summary>A类 or B类.</summary>
    public OperationClass OperationClass { get; init; }

    /// <summary>The thermal climate zone (严寒 and 寒冷 share the 严寒和寒冷地区 column).</summary>
    public ClimateZone ClimateZone { get; init; }

    /// <summary>Floor area, m².</summary>
    public decimal? FloorArea { get; init; }

    /// <summary>Annual non-heating energy use, kWh/a.</summary>
    public decimal? AnnualNonHeatingEnergyKwh { get; init; }

    /// <summary>Office usage for the §6.2 correction; when null the measured value is compared uncorrected.</summary>
    public OfficeUsage? OfficeUsage { get; init; }

    /// <summary>Non-heating values to use instead of the reference table (required for types the table lacks).</summary>
    public EnergyQuota? CustomQuota { get; init; }

    /// <summary>Heating energy and its values, when heating is to be assessed.</summary>
    public HeatingUse? Heating { get; init; }
}
