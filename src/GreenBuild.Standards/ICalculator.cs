namespace GreenBuild.Standards;

/// <summary>A standard calculator that can be dispatched by name (see <see cref="CalculatorCatalog"/>).</summary>
public interface ICalculator
{
    /// <summary>The dispatch key: "green-rating", "assembly-rate", "energy-use", "carbon" or "standard-coal".</summary>
    string Name { get; }

    /// <summary>The standard implemented, e.g. "GB/T 50378-2019".</summary>
    string Standard { get; }

    /// <summary>The calculator's Chinese title, e.g. "绿色建筑星级评价".</summary>
    string Title { get; }

    /// <summary>The input record type, deserializable with System.Text.Json.</summary>
    Type InputType { get; }

    /// <summary>Calculates from an input of <see cref="InputType"/>; a wrong type or null is a validation error.</summary>
    /// <param name="input">The input record.</param>
    ICalculationResult Calculate(object? input);

    /// <summary>
    /// Calculates from JSON text of the input record (camelCase or PascalCase names, enums as strings).
    /// Malformed JSON or unknown fields are returned as validation errors naming the JSON path.
    /// </summary>
    /// <param name="json">The input as JSON.</param>
    ICalculationResult CalculateJson(string json);
}
