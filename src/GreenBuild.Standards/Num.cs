using System.Globalization;

namespace GreenBuild.Standards;

/// <summary>Culture-invariant decimal formatting and the rounding modes reference tables name.</summary>
internal static class Num
{
    public static string Text(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Text(decimal? value) => value is { } v ? Text(v) : "—";

    public static decimal Round(decimal value, int decimals, string mode) =>
        Math.Round(value, decimals, mode switch
        {
            "AwayFromZero" => MidpointRounding.AwayFromZero,
            "ToEven" => MidpointRounding.ToEven,
            "ToZero" => MidpointRounding.ToZero,
            _ => throw new InvalidOperationException($"Unknown rounding mode {mode} in reference data."),
        });

    /// <summary>Rounding for presentation of derived numbers (not a rule of any standard).</summary>
    public static decimal Present(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
