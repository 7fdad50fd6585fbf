namespace GreenBuild.Standards.EnergyUse;

/// <summary>
/// 供暖能耗 — the heating energy of a building in 严寒/寒冷 zones (GB/T 51161-2016 chapter 5), compared with
/// heating values supplied by the caller (the per-province heating table is not in the reference data).
/// </summary>
public sealed record HeatingUse
{
    /// <summary>Annual heating energy, kgce/a.</summary>
    public decimal? AnnualEnergyKgce { get; init; }

    /// <summary>Heated floor area, m².</summary>
    public decimal? HeatedArea { get; init; }

    /// <summary>The heating 约束值 / 引导值 in kgce/(m²·a) for the province and heat source.</summary>
    public EnergyQuota? Quota { get; init; }
}
