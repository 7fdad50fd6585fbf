namespace GreenBuild.Standards.Carbon;

/// <summary>运行阶段碳排放结果 — GB/T 51366-2019 §4.1.1.</summary>
/// <param name="Carriers">Each carrier's emissions.</param>
/// <param name="GrossAnnualKg">Σ E_i × EF_i, kgCO2/a.</param>
/// <param name="GreenSpaceSinkKg">C_p, kgCO2/a.</param>
/// <param name="AnnualKg">Σ E_i × EF_i − C_p, kgCO2/a.</param>
/// <param name="AnnualPerSquareMetre">Annual emissions per m², kgCO2/(m²·a).</param>
/// <param name="DesignLifeYears">y.</param>
/// <param name="LifeTotalKg">Annual × y, kgCO2.</param>
/// <param name="LifePerSquareMetre">C_M = (Σ E_i × EF_i − C_p) × y / A, kgCO2/m².</param>
public sealed record CarbonOutcome(
    IReadOnlyList<CarrierEmission> Carriers,
    decimal GrossAnnualKg,
    decimal GreenSpaceSinkKg,
    decimal AnnualKg,
    decimal AnnualPerSquareMetre,
    decimal DesignLifeYears,
    decimal LifeTotalKg,
    decimal LifePerSquareMetre);
