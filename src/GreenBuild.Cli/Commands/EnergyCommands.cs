using System.CommandLine;
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
        new("energy", CliText.Help("cli.energy")) { Subcommands = { Ingest(context), Verify(context), EnergyReportCommands.Ranking(context), EnergyReportCommands.Bill(context) } };

    private static Command Ingest(CliContext context)
    {
        var files = new Argument<FileInfo[]>("files") { Description = CliText.Help("cli.energy.files"), Arity = ArgumentArity.OneOrMore };
        var strict = new Option<bool>("--strict") { Description = CliText.Help("cli.energy.strict") };
        var collector = new Option<string?>("--collector") { Description = CliText.Help("cli.energy.collector") };
        var command = new Command("ingest", CliText.Help("cli.energy.ingest")) { Arguments = { files }, Options = { strict, collector } };
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
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
