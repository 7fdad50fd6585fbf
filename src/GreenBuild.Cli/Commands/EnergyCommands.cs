using System.CommandLine;
using GreenBuild.Energy;
using GreenBuild.Energy.Api;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Rollups;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild energy ingest|verify</c>: the operator acts with the province's scope (or as a named collector), audited as <c>cli:&lt;user&gt;</c>.</summary>
internal static class EnergyCommands
{
    private static readonly DataScope Province = new(true, null, null);

    public static Command Create(CliContext context) =>
        new("energy", CliText.Help("cli.energy")) { Subcommands = { Ingest(context), Verify(context), Replace(context), EnergyReportCommands.Ranking(context), EnergyReportCommands.Bill(context) } };

    private static Command Ingest(CliContext context)
    {
        var files = new Argument<FileInfo[]>("files") { Description = CliText.Help("cli.energy.files"), Arity = ArgumentArity.OneOrMore };
        var strict = new Option<bool>("--strict") { Description = CliText.Help("cli.energy.strict") };
        var collector = new Option<string?>("--collector") { Description = CliText.Help("cli.energy.collector") };
        var command = new Command("ingest", CliText.Help("cli.energy.ingest")) { Arguments = { files }, Options = { strict, collector } };
        command.SetAction((parse, ct) => context.RunEnergyAsync(parse, requireMigrated: true, async services =>
        {
            var db = services.GetRequiredService<GreenBuildDb>();
            var text = services.GetRequiredService<IStringLocalizer<Platform.Localization.UiText>>();
            Guid? collectorId = null;
            if (parse.GetValue(collector) is { } name)
            {
                collectorId = await db.Set<Collector>().Where(c => c.Name == name).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
                if (collectorId is null)
                {
                    await context.Console.Error.WriteLineAsync(text["error.energy.collector.unknown", name]);
                    return ExitCodes.BadArguments;
                }
            }

            var exit = ExitCodes.Ok;
            foreach (var file in parse.GetValue(files)!)
            {
                if (!file.Exists)
                {
                    await context.Console.Error.WriteLineAsync(CliText.Get("cli.energy.nofile", file.FullName));
                    exit = ExitCodes.BadArguments;
                    continue;
                }

                var format = file.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadingFormat.Excel
                    : file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? ReadingFormat.Json : ReadingFormat.Csv;
                await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                var report = await services.GetRequiredService<IngestReadings>().RunAsync(stream, format, "file:" + file.Name,
                    new IngestCaller(Province, collectorId), parse.GetValue(strict), int.MaxValue, ct);
                var dto = IngestApi.ToDto(report, text);
                await context.Console.Out.WriteLineAsync(CliText.Get("cli.energy.ingested", file.Name, dto.Lines, dto.Stored, dto.Duplicates, dto.Conflicts, dto.Rejected,
                    dto.DaysWritten, report.Seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
                await context.Console.Out.WriteLineAsync("  " + report.Timings);
                foreach (var error in dto.Errors)
                {
                    await context.Console.Error.WriteLineAsync($"{file.Name}: {error.Message}");
                }

                if (dto.Refusal is { } refusal)
                {
                    await context.Console.Error.WriteLineAsync($"{file.Name}: {refusal}");
                }

                exit = !report.Committed || report.Rejected > 0 ? ExitCodes.Refused : exit;
            }

            return exit;
        }, ct));
        return command;
    }

    /// <summary><c>greenbuild energy replace --meter M --at 2026-01-06T04:40:00+08:00 --old-final 1295 --new-initial 0</c>: records a swap; stored readings after it are derived again.</summary>
    private static Command Replace(CliContext context)
    {
        var meter = new Option<string>("--meter") { Description = CliText.Help("cli.energy.meter"), Required = true };
        var at = new Option<string>("--at") { Description = CliText.Help("cli.energy.at"), Required = true };
        var oldFinal = new Option<decimal>("--old-final") { Description = CliText.Help("field.oldFinal"), Required = true };
        var newInitial = new Option<decimal>("--new-initial") { Description = CliText.Help("field.newInitial"), Required = true };
        var command = new Command("replace", CliText.Help("cli.energy.replace")) { Options = { meter, at, oldFinal, newInitial } };
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var text = services.GetRequiredService<IStringLocalizer<Platform.Localization.UiText>>();
            var time = parse.GetValue(at)!;
            if (ReadingParser.TryParseTime(time, out var ticks) != ReadingParser.TimeProblem.None)
            {
                await context.Console.Error.WriteLineAsync(Platform.Web.Problems.Message(text, new PlatformError("energy.replacement.time", "replacedAt", "error.energy.time.zone", time)));
                return ExitCodes.BadArguments;
            }

            var input = new ReplacementInput(new DateTimeOffset(ticks, TimeSpan.Zero), parse.GetValue(oldFinal), parse.GetValue(newInitial));
            var outcome = await services.GetRequiredService<ReplaceMeter>().RecordAsync(Province, parse.GetValue(meter)!, input, ct);
            if (!outcome.Succeeded)
            {
                foreach (var error in outcome.Errors)
                {
                    await context.Console.Error.WriteLineAsync(Platform.Web.Problems.Message(text, error));
                }

                return ExitCodes.Refused;
            }

            await context.Console.Out.WriteLineAsync(text["energy.replacement.recorded", outcome.Value!.DaysRederived]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var command = new Command("verify", CliText.Help("cli.energy.verify"));
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var differences = await services.GetRequiredService<VerifyRollups>().RunAsync(ct);
            foreach (var difference in differences)
            {
                await context.Console.Out.WriteLineAsync(difference);
            }

            await context.Console.Out.WriteLineAsync(CliText.Get("cli.energy.verified", differences.Count));
            return differences.Count == 0 ? ExitCodes.Ok : ExitCodes.Refused;
        }, ct));
        return command;
    }
}
