using System.Diagnostics;
using GreenBuild.Platform.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform.Web;

/// <summary>Turns GreenBuild errors into ProblemDetails with localized messages that name the field.</summary>
public static class Problems
{
    public static ValidationProblem Validation(IStringLocalizer text, IEnumerable<PlatformError> errors)
    {
        var list = errors.ToList();
        var byField = list.GroupBy(e => e.Field.Length == 0 ? "_" : e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => Message(text, e)).ToArray());
        return TypedResults.ValidationProblem(byField, title: text["problem.validation"],
            extensions: new Dictionary<string, object?> { ["codes"] = list.Select(e => e.Code).Distinct().ToArray() });
    }

    /// <summary>The localized message of an error, prefixed by the field's name.</summary>
    public static string Message(IStringLocalizer text, PlatformError error)
    {
        var message = text[error.MessageKey, error.Arguments].Value;
        return error.Field.Length == 0 ? message : text["problem.field", text["field." + error.Field].Value, message].Value;
    }

    /// <summary>Chinese (or English) titles for every status, and a trace id for support.</summary>
    internal static void Customize(ProblemDetailsContext context)
    {
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<GreenBuild.Platform.Localization.UiText>>();
        var status = context.ProblemDetails.Status ?? 500;
        var title = text[$"problem.{status}"];
        if (!title.ResourceNotFound && context.ProblemDetails is not HttpValidationProblemDetails)
        {
            context.ProblemDetails.Title = title;
        }

        var detail = text[$"problem.{status}.detail"];
        if (!detail.ResourceNotFound && (status >= 500 || context.Exception is BadHttpRequestException || context.ProblemDetails.Detail is null))
        {
            context.ProblemDetails.Detail = detail;
        }

        context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
    }
}
