using GreenBuild.Standards;

namespace GreenBuild.Calculators;

/// <summary>What a calculation returns to the API, the pages and the CLI: the outcome with its explanation, or the input's errors.</summary>
public sealed record CalculationReport(string Calculator, string Standard, string Title, bool Valid, object? Outcome,
    IReadOnlyList<ValidationError> Errors, Explanation Explanation);

/// <summary>
/// Runs a standard calculator by name on JSON input. The same pure library the project registry and the
/// label workflow call; this use case only dispatches and reports.
/// </summary>
public static class RunCalculation
{
    public static IReadOnlyList<ICalculator> Calculators => CalculatorCatalog.All;

    /// <summary>Null when no calculator has that name.</summary>
    public static CalculationReport? Run(string name, string json)
    {
        var calculator = CalculatorCatalog.Find(name);
        if (calculator is null)
        {
            return null;
        }

        var result = calculator.CalculateJson(json);
        return new CalculationReport(calculator.Name, calculator.Standard, calculator.Title, result.IsValid, result.Outcome, result.Errors, result.Explanation);
    }
}
