using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision;

/// <summary>The module's errors as ProblemDetails and as text: an error may carry another (the draw of one object failing), whose message is nested.</summary>
internal static class SupervisionProblems
{
    public static ValidationProblem Validation(IStringLocalizer text, IEnumerable<PlatformError> errors)
    {
        var list = errors.ToList();
        var byField = list.GroupBy(e => e.Field.Length == 0 ? "_" : e.Field).ToDictionary(g => g.Key, g => g.Select(e => Message(text, e)).ToArray());
        return TypedResults.ValidationProblem(byField, title: text["problem.validation"],
            extensions: new Dictionary<string, object?> { ["codes"] = list.Select(e => e.Code).Distinct().ToArray() });
    }

    public static string Message(IStringLocalizer text, PlatformError error)
    {
        if (error.Arguments.Any(a => a is PlatformError))
        {
            var arguments = error.Arguments.Select(a => a is PlatformError inner ? Bare(text, inner) : a).ToArray();
            return Problems.Message(text, error with { Arguments = arguments, Field = BaseField(error.Field) });
        }

        return error.Field.StartsWith("rows[", StringComparison.Ordinal) ? Bare(text, error) : Problems.Message(text, error with { Field = BaseField(error.Field) });
    }

    /// <summary>"files[2]" is named as "files" (the message itself says which one).</summary>
    private static string BaseField(string field) => field.IndexOf('[', StringComparison.Ordinal) is > 0 and var at ? field[..at] : field;

    private static string Bare(IStringLocalizer text, PlatformError error) =>
        text[error.MessageKey, [.. error.Arguments.Select(a => a is PlatformError inner ? Bare(text, inner) : a)]].Value;

    public static IResult Result<T, TDto>(Outcome<T> outcome, Func<T, TDto> map, IStringLocalizer text) =>
        outcome.Succeeded ? TypedResults.Ok(map(outcome.Value!)) : Validation(text, outcome.Errors);
}
