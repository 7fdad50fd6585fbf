using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Indicators;

/// <summary>
/// Problems of this module: an error on an indicator's value (field = the indicator's code) carries the
/// indicator's Chinese name in its own message; other fields are named as the platform names them.
/// </summary>
internal static class IndicatorProblems
{
    public static ValidationProblem Validation(IStringLocalizer text, IEnumerable<PlatformError> errors)
    {
        var list = errors.ToList();
        var byField = list.GroupBy(e => e.Field.Length == 0 ? "_" : e.Field).ToDictionary(g => g.Key, g => g.Select(e => Message(text, e)).ToArray());
        return TypedResults.ValidationProblem(byField, title: text["problem.validation"],
            extensions: new Dictionary<string, object?> { ["codes"] = list.Select(e => e.Code).Distinct().ToArray() });
    }

    public static string Message(IStringLocalizer text, PlatformError error) =>
        error.Arguments is [var row, var column, PlatformError inner]
            ? text[error.MessageKey, row, column, Message(text, inner)].Value
            : error.MessageKey.StartsWith("indicators.value.", StringComparison.Ordinal) || error.MessageKey.StartsWith("indicators.import.", StringComparison.Ordinal)
            ? text[error.MessageKey, error.Arguments].Value
            : Problems.Message(text, error);
}
