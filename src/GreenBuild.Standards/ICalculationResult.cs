namespace GreenBuild.Standards;

/// <summary>A calculation result seen without its outcome type, for dispatch by name (API, CLI).</summary>
public interface ICalculationResult
{
    /// <summary>True when the input was valid and <see cref="Outcome"/> is set.</summary>
    bool IsValid { get; }

    /// <summary>The validation errors; empty when the input was valid.</summary>
    IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>The explanation of the result (for invalid input: what was checked).</summary>
    Explanation Explanation { get; }

    /// <summary>The calculator-specific outcome, or null when the input was invalid.</summary>
    object? Outcome { get; }
}
