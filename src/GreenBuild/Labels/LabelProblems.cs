using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Labels;

/// <summary>An error argument that is itself a text of the resource files (a level, a status, a specialty), shown in the reader's language.</summary>
public sealed record TextKey(string Key)
{
    public static TextKey Level(Standards.GreenRating.GreenLevel level) => new("labels.level." + level);

    public override string ToString() => Key;
}

/// <summary>ProblemDetails and messages of the label module: like <see cref="Problems"/>, with <see cref="TextKey"/> arguments localized.</summary>
internal static class LabelProblems
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
        var arguments = error.Arguments.Select(a => a is TextKey key ? text[key.Key].Value : a).ToArray();
        var message = text[error.MessageKey, arguments].Value;
        var field = text["field." + FieldKey(error.Field)];
        return error.Field.Length == 0 || field.ResourceNotFound ? message : text["problem.field", field.Value, message].Value;
    }

    /// <summary><c>assessment.items[3].clause</c> is named like <c>assessment.items.clause</c>; the message says which row.</summary>
    private static string FieldKey(string field) => System.Text.RegularExpressions.Regex.Replace(field, @"\[\d+\]", "");
}
