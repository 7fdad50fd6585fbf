namespace GreenBuild.Standards.Carbon;

/// <summary>
/// 能源消耗 — the annual use of one carrier (E_ij of GB/T 51366-2019 §4.1.1) and the on-site renewable
/// supply of that carrier (ER_ij, e.g. photovoltaic electricity used in the building).
/// </summary>
public sealed record CarbonEnergyUse
{
    /// <summary>The carrier.</summary>
    public EnergyCarrier Carrier { get; init; }

    /// <summary>Annual consumption, in the carrier's unit.</summary>
    public decimal? AnnualConsumption { get; init; }

    /// <summary>Annual on-site renewable supply replacing this carrier, same unit; not above the consumption.</summary>
    public decimal OnSiteRenewable { get; init; }

    /// <summary>An emission factor (kgCO2 per unit) replacing the reference value, with its source in the caller's records.</summary>
    public decimal? EmissionFactor { get; init; }
}
