using GreenBuild.Standards.EnergyUse;

namespace GreenBuild.Energy.Contracts;

/// <summary>One energy carrier's year (分类能耗: 电, 水, 燃气, 集中供热…), in the dictionary's canonical unit.</summary>
public sealed record CarrierAmount(string Code, string NameZh, string NameEn, string Unit, decimal Amount);

/// <summary>
/// 超定额加价 — whether the building's electricity exceeded its quota in the year: <see cref="Computed"/> is false when
/// no quota or no tier schedule was set for the year (then <see cref="Reason"/> is the energy module's refusal code).
/// </summary>
public sealed record SurchargeStatus(
    bool Computed, decimal QuotaEnergyKwh, decimal ActualEnergyKwh, decimal ExcessEnergyKwh, decimal ExcessPercent, decimal Surcharge,
    string? QuotaSource, string? ScheduleVersion, string? Reason)
{
    public bool Exceeded => Computed && ExcessEnergyKwh > 0;
}

/// <summary>
/// A building's annual figures from the yearly roll-ups: energy by carrier, EUI in kWh/(m²·a) (GB/T 51161 non-heating
/// intensity, electricity) and kgce/(m²·a) (GB/T 2589 coefficients), its 约束值/引导值 and band, the quota that applies
/// and the surcharge status. <see cref="Sources"/> names the reference tables and roll-up the numbers come from, and
/// <see cref="Link"/> the energy page that shows their working.
/// </summary>
public sealed record AnnualEnergyFigures(
    MonitoredBuildingSummary Building,
    int Year,
    IReadOnlyList<int> YearsWithData,
    IReadOnlyList<CarrierAmount> Carriers,
    decimal EuiKwhPerM2,
    decimal EuiKgcePerM2,
    decimal? Constraint,
    decimal? Guide,
    QuotaBand? Band,
    decimal? QuotaKwhPerM2,
    decimal? PercentOfQuota,
    SurchargeStatus Surcharge,
    string Sources,
    string Link)
{
    public bool HasData => Carriers.Count > 0;
}
