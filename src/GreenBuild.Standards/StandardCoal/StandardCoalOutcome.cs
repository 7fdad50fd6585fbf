namespace GreenBuild.Standards.StandardCoal;

/// <summary>折标准煤结果 — GB/T 2589-2020 conversion of each carrier and the total.</summary>
/// <param name="Lines">Each amount converted.</param>
/// <param name="TotalKgce">Σ kgce.</param>
/// <param name="TotalTce">Σ in tonnes of standard coal (tce).</param>
/// <param name="ElectricityBasis">The electricity basis applied.</param>
public sealed record StandardCoalOutcome(
    IReadOnlyList<CarrierStandardCoal> Lines,
    decimal TotalKgce,
    decimal TotalTce,
    ElectricityBasis ElectricityBasis);
