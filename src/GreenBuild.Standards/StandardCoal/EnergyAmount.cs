namespace GreenBuild.Standards.StandardCoal;

/// <summary>能源消耗量 — an amount of one energy carrier in its unit (see <see cref="EnergyCarrier"/>).</summary>
public sealed record EnergyAmount
{
    /// <summary>The carrier.</summary>
    public EnergyCarrier Carrier { get; init; }

    /// <summary>The amount, in the carrier's unit (kWh, MJ, m³ or kg).</summary>
    public decimal? Quantity { get; init; }

    /// <summary>
    /// A measured coefficient in kgce per unit replacing the reference value (e.g. natural gas of a known
    /// calorific value, which must lie within the standard's range); null to use the reference value.
    /// </summary>
    public decimal? Coefficient { get; init; }
}
