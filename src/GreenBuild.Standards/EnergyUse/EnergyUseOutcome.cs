namespace GreenBuild.Standards.EnergyUse;

/// <summary>公共建筑能耗评价结果 — GB/T 51161-2016 comparison of non-heating (and heating) energy use.</summary>
/// <param name="MeasuredIntensity">Eo = annual non-heating energy / floor area, kWh/(m²·a).</param>
/// <param name="HoursFactor">γ1 of the office correction (1 when not applied).</param>
/// <param name="DensityFactor">γ2 of the office correction (1 when not applied).</param>
/// <param name="CorrectionApplied">Whether the office correction was applied.</param>
/// <param name="NonHeating">The compared non-heating intensity (corrected when applied).</param>
/// <param name="Heating">The heating comparison, when heating was given.</param>
public sealed record EnergyUseOutcome(
    decimal MeasuredIntensity,
    decimal HoursFactor,
    decimal DensityFactor,
    bool CorrectionApplied,
    QuotaComparison NonHeating,
    QuotaComparison? Heating);
