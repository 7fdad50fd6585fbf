namespace GreenBuild.Standards;

/// <summary>The unit each <see cref="EnergyCarrier"/> is measured in (the enum's documented convention).</summary>
internal static class CarrierUnits
{
    public static string Of(EnergyCarrier carrier) => carrier switch
    {
        EnergyCarrier.Electricity => "kWh",
        EnergyCarrier.Heat => "MJ",
        EnergyCarrier.NaturalGas => "m³",
        _ => "kg",
    };
}
