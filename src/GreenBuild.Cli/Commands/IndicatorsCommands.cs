using System.CommandLine;
using System.Globalization;
using GreenBuild.Indicators;
using GreenBuild.Indicators.Assessment;
using GreenBuild.Indicators.Import;
using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild indicators list|report|assess</c>. The operator acts with the province's scope, audited as <c>cli:&lt;user&gt;</c>.</summary>
internal static class IndicatorsCommands
{
    private static readonly DataScope Province = new(true, null, null);

    public static Command Create(CliContext context) =>
        new("indicators", CliText.Help("cli.indicators")) { Subcommands = { List(context), Report(context), Assess(context) } };

    private static Command List(CliContext context)
    {
        var list = new Command("list", CliText.Help("cli.indicators.list"));
        list.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var snapshot = await services.GetRequiredService<ReadIndicators>().RunAsync(false, ct);
            foreach (var figure in snapshot?.Indicators.Select(i => snapshot.Figure(i, null)) ?? [])
            {
                var r = figure.Result;
                await context.Console.Out.WriteLineAsync(string.Join('\t', figure.Indicator.Code, figure.Indicator.NameZh, figure.Indicator.Unit,
                    N(r.Latest?.Value), r.Latest?.Year.ToString(CultureInfo.InvariantCulture) ?? "-", N(figure.Target), r.Status, N(r.Projection)));
            }

            return ExitCodes.Ok;
        }, ct));
        return list;
    }

    private static Command Report(CliContext context)
    {
        var year = new Option<int>("--year") { Description = CliText.Help("cli.indicators.year"), Required = true };
        var city = new Option<string?>("--city") { Description = CliText.Help("cli.indicators.city") };
        var values = new Option<string[]>("--value") { Description = CliText.Help("cli.indicators.value"), AllowMultipleArgumentsPerToken = true };
        var submit = new Option<bool>("--submit") { Description = CliText.Help("cli.indicators.submit") };
        var file = new Option<FileInfo?>("--file") { Description = CliText.Help("cli.indicators.file") };
        var report = new Command("report", CliText.Help("cli.indicators.report")) { Options = { year, city, values, submit, file } };
        report.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var db = services.GetRequiredService<GreenBuildDb>();
            var period = await db.Set<ReportingPeriod>().FirstOrDefaultAsync(p => p.Year == parse.GetValue(year) && p.Quarter == null, ct);
            if (period is null)
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.indicators.noperiod", parse.GetValue(year)));
                return ExitCodes.Refused;
            }

            if (parse.GetValue(file) is { } excel)
            {
                var imported = await services.GetRequiredService<ImportCityReports>().RunAsync(period.Id, await File.ReadAllBytesAsync(excel.FullName, ct), Province, ct);
                return imported.Succeeded ? await Done(context, CliText.Get("cli.indicators.imported", imported.Value)) : await Refuse(context, services, imported.Errors);
            }

            var entries = new List<ValueEntry>();
            foreach (var pair in parse.GetValue(values) ?? [])
            {
                if (pair.Split('=', 2) is not [var code, var value])
                {
                    await context.Console.Error.WriteLineAsync(CliText.Get("cli.indicators.badvalue", pair));
                    return ExitCodes.BadArguments;
                }

                entries.Add(new ValueEntry(code.Trim(), value.Trim()));
            }

            var outcome = await services.GetRequiredService<SaveCityReport>().RunAsync(Province, period.Id, parse.GetValue(city) ?? "", entries, parse.GetValue(submit), cancellationToken: ct);
            return outcome.Succeeded
                ? await Done(context, CliText.Get("cli.indicators.saved", outcome.Value!.CityCode, period.Label, outcome.Value.Status))
                : await Refuse(context, services, outcome.Errors);
        }, ct));
        return report;
    }

    private static Command Assess(CliContext context)
    {
        var scheme = new Option<string>("--scheme") { Description = CliText.Help("cli.indicators.scheme"), Required = true };
        var year = new Option<int>("--year") { Description = CliText.Help("cli.indicators.year"), Required = true };
        var output = new Option<FileInfo?>("--output") { Description = CliText.Help("cli.indicators.output") };
        var publish = new Option<bool>("--publish") { Description = CliText.Help("cli.indicators.publish") };
        var assess = new Command("assess", CliText.Help("cli.indicators.assess")) { Options = { scheme, year, output, publish } };
        assess.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var db = services.GetRequiredService<GreenBuildDb>();
            var found = (await db.Set<AssessmentScheme>().AsNoTracking().Where(s => s.Name == parse.GetValue(scheme)).ToListAsync(ct)).MaxBy(s => s.Version);
            if (found is null)
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.indicators.noscheme", parse.GetValue(scheme)!));
                return ExitCodes.Refused;
            }

            var runner = services.GetRequiredService<RunAssessment>();
            var run = await runner.RunAsync(found.Id, parse.GetValue(year), ct);
            if (run.Succeeded && parse.GetValue(publish))
            {
                run = await runner.PublishAsync(run.Value!.Id, ct);
            }

            if (!run.Succeeded)
            {
                return await Refuse(context, services, run.Errors);
            }

            var result = RunAssessment.ResultOf(run.Value!);
            foreach (var city in result.Cities)
            {
                await context.Console.Out.WriteLineAsync(string.Join('\t', city.Rank, city.CityCode, city.CityName, N(city.Total)));
            }

            if (parse.GetValue(output) is { } target)
            {
                var names = await db.Set<Indicator>().AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.NameZh, ct);
                var text = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Platform.Localization.UiText>>();
                await File.WriteAllBytesAsync(target.FullName, ExportAssessment.Build(result, names, text), ct);
            }

            return ExitCodes.Ok;
        }, ct));
        return assess;
    }

    private static string N(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";

    private static async Task<int> Done(CliContext context, string message)
    {
        await context.Console.Out.WriteLineAsync(message);
        return ExitCodes.Ok;
    }

    private static async Task<int> Refuse(CliContext context, IServiceProvider services, IEnumerable<PlatformError> errors)
    {
        var text = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Platform.Localization.UiText>>();
        foreach (var error in errors)
        {
            await context.Console.Error.WriteLineAsync(IndicatorProblems.Message(text, error));
        }

        return ExitCodes.Refused;
    }
}
