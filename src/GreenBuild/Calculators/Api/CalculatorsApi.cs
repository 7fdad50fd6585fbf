using GreenBuild.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Calculators.Api;

/// <summary>POST JSON in, result and explanation out. Calculators are public tools: anyone may call them.</summary>
internal static class CalculatorsApi
{
    public sealed record CalculatorDto(string Name, string Standard, string Title);

    /// <summary>Inputs are small records; a megabyte is far more than any building's data.</summary>
    private const long MaxInputBytes = 1024 * 1024;

    public static RouteGroupBuilder MapCalculatorsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calculators").WithTags("Calculators").AllowAnonymous();
        group.MapGet("/", () => TypedResults.Ok(RunCalculation.Calculators.Select(c => new CalculatorDto(c.Name, c.Standard, c.Title)).ToList()))
            .WithName("ListCalculators").WithSummary("The standard calculators (GB/T 50378, 51129, 51161, 51366, 2589)");
        group.MapGet("/{name}/example", Results<ContentHttpResult, NotFound> (string name) =>
                CalculatorExamples.For(name) is { } json ? TypedResults.Text(json, "application/json") : TypedResults.NotFound())
            .WithName("CalculatorExample").WithSummary("A valid example input of the calculator");
        group.MapPost("/{name}", async Task<Results<Ok<CalculationReport>, ValidationProblem, NotFound>> (string name, HttpRequest request, IStringLocalizer<UiText> text) =>
            {
                using var reader = new StreamReader(request.Body);
                var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
                var report = RunCalculation.Run(name, json);
                if (report is null)
                {
                    return TypedResults.NotFound();
                }

                return report.Valid
                    ? TypedResults.Ok(report)
                    : TypedResults.ValidationProblem(
                        report.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                        title: text["problem.validation"],
                        extensions: new Dictionary<string, object?> { ["codes"] = report.Errors.Select(e => e.Code).Distinct().ToArray() });
            })
            .Accepts<object>("application/json")
            .WithMetadata(new RequestSizeLimitAttribute(MaxInputBytes))
            .WithName("Calculate").WithSummary("Calculates from the input JSON; returns the outcome and its explanation (clause, formula, values per step)");
        return api;
    }
}
