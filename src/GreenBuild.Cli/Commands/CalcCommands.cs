using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GreenBuild.Calculators;
using GreenBuild.Standards;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild calc NAME --input FILE [--format json|text]</c> and <c>greenbuild calc list</c>: the standards' calculators, offline.</summary>
internal static class CalcCommands
{
    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = CliText.Help("cli.calc.name") };
        var input = new Option<FileInfo>("--input", "-i") { Description = CliText.Help("cli.calc.input"), Required = true };
        var format = new Option<string>("--format") { Description = CliText.Help("cli.calc.format"), DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("calc", CliText.Help("cli.calc")) { Arguments = { name }, Options = { input, format } };
        command.SetAction(async (parse, ct) => await Run(context, parse.GetValue(name)!, parse.GetValue(input)!, parse.GetValue(format)!));

        var list = new Command("list", CliText.Help("cli.calc.list"));
        list.SetAction(async (_, _) =>
        {
            foreach (var c in RunCalculation.Calculators)
            {
                await context.Console.Out.WriteLineAsync($"{c.Name}\t{c.Standard}\t{c.Title}");
            }

            return ExitCodes.Ok;
        });
        command.Subcommands.Add(list);
        return command;
    }

    private static async Task<int> Run(CliContext context, string name, FileInfo input, string format)
    {
        var calculator = CalculatorCatalog.Find(name);
        if (calculator is null)
        {
            await context.Console.Error.WriteLineAsync(CliText.Get("cli.calc.unknown", name, string.Join(", ", CalculatorCatalog.Names)));
            return ExitCodes.BadArguments;
        }

        var (records, error) = CalculatorBatch.Read(input.FullName, calculator.InputType);
        if (error is not null)
        {
            await context.Console.Error.WriteLineAsync(CliText.Get("cli.calc.file", input.FullName, error));
            return ExitCodes.Refused;
        }

        var reports = records.Select(json => RunCalculation.Run(calculator.Name, json)!).ToList();
        for (var i = 0; i < reports.Count; i++)
        {
            foreach (var e in reports[i].Errors)
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.calc.row", i + 1, e.Message));
            }
        }

        if (format == "text")
        {
            foreach (var report in reports.Where(r => r.Valid))
            {
                await WriteText(context.Console.Out, report);
            }
        }
        else
        {
            await context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(reports, Output));
        }

        var invalid = reports.Count(r => !r.Valid);
        if (invalid > 0)
        {
            await context.Console.Error.WriteLineAsync(CliText.Get("cli.calc.invalid", invalid, reports.Count - invalid));
            return ExitCodes.Refused;
        }

        return ExitCodes.Ok;
    }


    private static async Task WriteText(TextWriter output, CalculationReport report)
    {
        await output.WriteLineAsync($"{report.Title} ({report.Standard}): {report.Explanation.Summary}");
        var number = 0;
        foreach (var step in report.Explanation.Steps)
        {
            var inputs = string.Join(", ", step.Inputs.Select(v => $"{v.Name}={v.Value}{v.Unit}"));
            await output.WriteLineAsync($"  {++number}. [{step.Clause}] {step.Title}: {step.Formula}; {inputs} → {step.Output.Name}={step.Output.Value}{step.Output.Unit}");
        }

        foreach (var shortfall in report.Explanation.Shortfalls)
        {
            await output.WriteLineAsync($"  ! [{shortfall.Clause}] {shortfall.Message} ({shortfall.Actual} / {shortfall.Required})");
        }

        foreach (var reference in report.Explanation.References)
        {
            await output.WriteLineAsync($"  ref {reference.File} {reference.Standard} v{reference.Version} ({reference.Status})");
        }
    }
}
