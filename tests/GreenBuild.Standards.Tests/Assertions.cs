namespace GreenBuild.Standards.Tests;

internal static class Assertions
{
    public static TOutcome Valid<TOutcome>(this CalculationResult<TOutcome> result)
        where TOutcome : class
    {
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Field} {e.Message}")));
        return result.Outcome!;
    }

    public static ValidationError SingleError(this ICalculationResult result, string code, string field)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Outcome);
        ValidationError error = Assert.Single(result.Errors, e => e.Code == code && e.Field == field);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("字段 ", error.Message, StringComparison.Ordinal);
        return error;
    }
}
