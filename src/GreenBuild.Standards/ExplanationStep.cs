namespace GreenBuild.Standards;

/// <summary>计算步骤 — one step of a calculation, citing the clause it implements.</summary>
/// <param name="Clause">The clause implemented, e.g. "GB/T 50378-2019 §3.2.7".</param>
/// <param name="Title">What the step does, in Chinese.</param>
/// <param name="Formula">The formula or rule applied, as text.</param>
/// <param name="Inputs">The values put into the formula.</param>
/// <param name="Output">The value that came out.</param>
public sealed record ExplanationStep(
    string Clause,
    string Title,
    string Formula,
    IReadOnlyList<StepValue> Inputs,
    StepValue Output);
