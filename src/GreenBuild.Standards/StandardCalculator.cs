using System.Text.Json;

namespace GreenBuild.Standards;

/// <summary>
/// The common shape of every calculator: validate the immutable input, then calculate and explain.
/// Invalid input returns a result with errors; nothing here throws for business outcomes.
/// </summary>
/// <typeparam name="TInput">The input record.</typeparam>
/// <typeparam name="TOutcome">The outcome record.</typeparam>
public abstract class StandardCalculator<TInput, TOutcome> : ICalculator<TInput, TOutcome>
    where TInput : class
    where TOutcome : class
{
    private protected StandardCalculator()
    {
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Standard { get; }

    /// <inheritdoc />
    public abstract string Title { get; }

    /// <inheritdoc />
    public Type InputType => typeof(TInput);

    /// <inheritdoc />
    public CalculationResult<TOutcome> Calculate(TInput? input)
    {
        var errors = new InputErrors();
        if (input is null)
        {
            errors.Add("input.required", "$", "Error.InputRequired");
            return Invalid(errors.All);
        }

        Validate(input, errors);
        return errors.Any ? Invalid(errors.All) : Compute(input);
    }

    /// <inheritdoc />
    public ICalculationResult Calculate(object? input) => input switch
    {
        null or TInput => Calculate(input as TInput),
        _ => Invalid([new ValidationError("input.wrong_type", "$", Text.Format("Error.WrongType", input.GetType().Name, typeof(TInput).Name))]),
    };

    /// <inheritdoc />
    public ICalculationResult CalculateJson(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Calculate(null);
        }

        try
        {
            return Calculate(JsonSerializer.Deserialize<TInput>(json, InputJson.Options));
        }
        catch (JsonException e)
        {
            string path = e.Path ?? "$";
            return Invalid([new ValidationError("json.invalid", path, Text.Format("Error.Json", path, e.Message))]);
        }
    }

    private protected abstract void Validate(TInput input, InputErrors errors);

    private protected abstract CalculationResult<TOutcome> Compute(TInput input);

    private protected CalculationResult<TOutcome> Invalid(IReadOnlyList<ValidationError> errors) =>
        new(null, errors, new Explanation(Text.Format("Summary.Invalid", errors.Count), [], [], []));
}
