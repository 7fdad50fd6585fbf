namespace GreenBuild.Standards;

/// <summary>A named value in an explanation step (an input or the output).</summary>
/// <param name="Name">The symbol or name, e.g. "Q1" or "装配率 P".</param>
/// <param name="Value">The value as culture-invariant text (decimal point '.', no grouping).</param>
/// <param name="Unit">The unit, e.g. "分", "%", "kgce"; empty when the value has none.</param>
/// <param name="Number">The value as a number when it is one; null for text values.</param>
public sealed record StepValue(string Name, string Value, string Unit, decimal? Number);
