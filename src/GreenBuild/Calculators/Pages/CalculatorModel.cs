using GreenBuild.Platform.Localization;
using GreenBuild.Standards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Calculators.Pages;

/// <summary>A calculator's form and its explained result.</summary>
[AllowAnonymous]
public sealed class CalculatorModel(IStringLocalizer<UiText> text) : PageModel
{
    public ICalculator Calculator { get; private set; } = null!;

    public IReadOnlyList<FormField> Fields { get; private set; } = [];

    public IReadOnlyDictionary<string, string?> Values { get; private set; } = new Dictionary<string, string?>();

    public CalculationReport? Report { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet(string name)
    {
        if (!Load(name))
        {
            return NotFound();
        }

        Values = CalculatorForm.ToValues(Fields, CalculatorExamples.For(Calculator.Name) ?? "{}");
        return Page();
    }

    public IActionResult OnPost(string name)
    {
        if (!Load(name))
        {
            return NotFound();
        }

        Values = Fields.ToDictionary(f => f.Path, f => (string?)Request.Form[f.Path].ToString(), StringComparer.OrdinalIgnoreCase);
        var (json, formatErrors) = CalculatorForm.ToJson(Fields, Values);
        if (formatErrors.Count > 0)
        {
            Errors = [.. formatErrors.Select(e => text["problem.field", text["calc.field." + e.Field].Value,
                text["calc.error.format", e.Value, text["calc.kind." + Fields.First(f => f.Path == e.Field).Kind].Value].Value].Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Report = RunCalculation.Run(name, json.ToJsonString());
        if (Report is { Valid: false })
        {
            Errors = [.. Report.Errors.Select(e => e.Message)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public string ChoiceLabel(string choice) => text["calc.enum." + choice] is { ResourceNotFound: false } label ? label : choice;

    private bool Load(string name)
    {
        var calculator = CalculatorCatalog.Find(name);
        if (calculator is null)
        {
            return false;
        }

        Calculator = calculator;
        Fields = CalculatorForm.FieldsOf(calculator.InputType);
        return true;
    }
}
