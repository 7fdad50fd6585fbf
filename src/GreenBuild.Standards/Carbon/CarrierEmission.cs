namespace GreenBuild.Standards.Carbon;

/// <summary>One carrier's annual emissions, E_i × EF_i (GB/T 51366-2019 §4.1.1).</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="Unit">The carrier's unit.</param>
/// <param name="Consumption">Annual consumption.</param>
/// <param name="OnSiteRenewable">On-site renewable supply subtracted.</param>
/// <param name="NetConsumption">E_i = consumption − renewable.</param>
/// <param name="Factor">EF_i, kgCO2 per unit.</param>
/// <param name="FactorSource">Where the factor came from.</param>
/// <param name="EmissionsKg">E_i × EF_i, kgCO2/a.</param>
public sealed record CarrierEmission(
    EnergyCarrier Carrier,
    string NameZh,
    string Unit,
    decimal Consumption,
    decimal OnSiteRenewable,
    decimal NetConsumption,
    decimal Factor,
    string FactorSource,
    decimal EmissionsKg);
