namespace GreenBuild.Standards;

/// <summary>计算结果 — the outcome of a calculation with its explanation, or the validation errors of its input.</summary>
/// <typeparam name="TOutcome">The calculator-specific outcome record.</typeparam>
/// <param name="Outcome">The outcome; null when <see cref="Errors"/> is not empty.</param>
/// <param name="Errors">Validation errors of the input; empty when it was valid.</param>
/// <param name="Explanation">Steps, shortfalls and reference versions.</param>
public sealed record CalculationResult<TOutcome>(
    TOutcome? Outcome,
    IReadOnlyList<ValidationError> Errors,
    Explanation Explanation) : ICalculationResult
    where TOutcome : class
{
    /// <inheritdoc />
    public bool IsValid => Errors.Count == 0 && Outcome is not null;

    /// <inheritdoc />
    object? ICalculationResult.Outcome => Outcome;
}
