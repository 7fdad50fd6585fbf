namespace GreenBuild.Standards;

/// <summary>Collects validation errors with their stable codes and Chinese messages naming the field.</summary>
internal sealed class InputErrors
{
    private readonly List<ValidationError> errors = [];

    public IReadOnlyList<ValidationError> All => errors;

    public bool Any => errors.Count > 0;

    public void Add(string code, string field, string messageKey, params object?[] args)
    {
        object?[] withField = [field, .. args];
        errors.Add(new ValidationError(code, field, Text.Format(messageKey, withField)));
    }

    public void Required<T>(T? value, string field)
    {
        if (value is null)
        {
            Add("value.required", field, "Error.Required");
        }
    }

    public void Positive(decimal? value, string field, string code = "value.not_positive")
    {
        if (value is null)
        {
            Required(value, field);
        }
        else if (value <= 0)
        {
            Add(code, field, code == "area.not_positive" ? "Error.AreaNotPositive" : "Error.NotPositive", Num.Text(value.Value));
        }
    }

    public void NonNegative(decimal? value, string field)
    {
        if (value is < 0)
        {
            Add("value.negative", field, "Error.Negative", Num.Text(value.Value));
        }
    }

    public void Percent(decimal? value, string field)
    {
        if (value is < 0 or > 100)
        {
            Add("ratio.out_of_range", field, "Error.PercentRange", Num.Text(value.Value));
        }
    }

    public void AtMost(decimal? value, decimal maximum, string field)
    {
        if (value > maximum)
        {
            Add("score.above_max", field, "Error.AboveMax", Num.Text(value.Value), Num.Text(maximum));
        }
    }

    public void Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add("value.unknown", field, "Error.UnknownValue", value.ToString(), string.Join(", ", Enum.GetNames<TEnum>()));
        }
    }
}
