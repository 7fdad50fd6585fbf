namespace GreenBuild.Standards.StandardCoal;

/// <summary>One energy amount converted to standard coal.</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="Quantity">The amount.</param>
/// <param name="Unit">The amount's unit.</param>
/// <param name="Coefficient">The coefficient used, kgce per unit.</param>
/// <param name="CoefficientSource">Where the coefficient came from (reference file and version, or the caller).</param>
/// <param name="Kgce">Quantity × coefficient, kgce.</param>
public sealed record CarrierStandardCoal(
    EnergyCarrier Carrier,
    string NameZh,
    decimal Quantity,
    string Unit,
    decimal Coefficient,
    string CoefficientSource,
    decimal Kgce);
