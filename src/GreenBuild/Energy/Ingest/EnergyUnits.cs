namespace GreenBuild.Energy.Ingest;

/// <summary>Unit conversions from a meter's unit to its category's canonical unit (exact factors).</summary>
internal static class EnergyUnits
{
    private static readonly Dictionary<(string From, string To), decimal> Factors = new()
    {
        [("kWh", "kWh")] = 1, [("MWh", "kWh")] = 1000,
        [("GJ", "GJ")] = 1, [("MJ", "GJ")] = 0.001m, [("kWh", "GJ")] = 0.0036m, [("MWh", "GJ")] = 3.6m,
        [("m³", "m³")] = 1, [("t", "m³")] = 1,
        [("kgce", "kgce")] = 1, [("tce", "kgce")] = 1000,
    };

    /// <summary>m3 and m^3 are accepted for m³.</summary>
    public static string Normalize(ReadOnlySpan<char> unit)
    {
        var u = unit.Trim();
        return u is "m3" or "M3" or "m^3" ? "m³" : u.ToString();
    }

    public static bool Same(ReadOnlySpan<char> sent, string meterUnit)
    {
        var u = sent.Trim();
        return u.SequenceEqual(meterUnit) || u.Equals(meterUnit, StringComparison.OrdinalIgnoreCase) || (meterUnit == "m³" && Normalize(u) == "m³");
    }

    public static decimal? Factor(string from, string to) => Factors.TryGetValue((from, to), out var f) ? f : null;
}
