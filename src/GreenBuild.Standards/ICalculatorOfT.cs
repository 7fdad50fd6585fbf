namespace GreenBuild.Standards;

/// <summary>A standard calculator with a typed input and outcome.</summary>
/// <typeparam name="TInput">The immutable input record.</typeparam>
/// <typeparam name="TOutcome">The outcome record.</typeparam>
public interface ICalculator<in TInput, TOutcome> : ICalculator
    where TInput : class
    where TOutcome : class
{
    /// <summary>Validates the input and calculates; never throws for business outcomes or invalid input.</summary>
    /// <param name="input">The input record.</param>
    CalculationResult<TOutcome> Calculate(TInput? input);
}
