namespace GreenBuild.Standards;

/// <summary>Short constructors of <see cref="StepValue"/>.</summary>
internal static class Sv
{
    public static StepValue Of(string name, decimal value, string unit = "") => new(name, Num.Text(value), unit, value);

    public static StepValue Of(string name, decimal? value, string unit = "") =>
        value is { } v ? Of(name, v, unit) : new StepValue(name, "—", unit, null);

    public static StepValue Text(string name, string value) => new(name, value, "", null);

    public static StepValue Flag(string name, bool value) => new(name, value ? "true" : "false", "", null);
}
