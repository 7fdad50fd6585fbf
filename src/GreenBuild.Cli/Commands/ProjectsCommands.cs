using System.CommandLine;
using System.Globalization;
using GreenBuild.Platform.Accounts;
using GreenBuild.Projects;
using GreenBuild.Projects.Import;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Platform.Audit;

namespace GreenBuild.Cli.Commands;

/// <summary>
/// <c>greenbuild projects import|export|check|rules</c>. The operator acts with the province's scope, audited as
/// <c>cli:&lt;user&gt;</c>. An import without <c>--commit</c> only checks; with it, all rows or none are written,
/// and Ctrl+C (or killing the process) before the end leaves the database as it was.
/// </summary>
internal static class ProjectsCommands
{
    private static readonly DataScope Province = new(true, null, null);

    public static Command Create(CliContext context) =>
        new("projects", CliText.Help("cli.projects")) { Subcommands = { Import(context), Export(context), Check(context), Rules(context) } };

    private static Command Import(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = CliText.Help("cli.projects.file") };
        var commit = new Option<bool>("--commit") { Description = CliText.Help("cli.projects.commit") };
        var import = new Command("import", CliText.Help("cli.projects.import")) { Arguments = { file }, Options = { commit } };
        import.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.projects.noFile", path.FullName));
                return ExitCodes.BadArguments;
            }

            var bar = new ProgressBar(context.Console.Error);
            ImportReport report;
            try
            {
                report = await services.GetRequiredService<ImportProjects>().RunAsync(Province, path.Name, await File.ReadAllBytesAsync(path.FullName, ct),
                    parse.GetValue(commit), new ImmediateProgress<ImportProgress>(bar.Show), ct);
            }
            catch (OperationCanceledException)
            {
                bar.End();
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.projects.cancelled"));
                return ExitCodes.Refused;
            }

            bar.End();
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.projects.summary", report.Rows, report.Created, report.Updated, report.Unchanged,
                report.NewOrganizations, report.ErrorCount, report.FindingCount, report.RuleSetVersion));
            foreach (var error in report.Errors)
            {
                await context.Console.Error.WriteLineAsync(Where(error) + error.Message);
            }

            if (report.ErrorCount > 0)
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.projects.notImported", report.ErrorCount));
                return ExitCodes.Refused;
            }

            await context.Console.Out.WriteLineAsync(report.Committed ? CliText.Get("cli.projects.committed") : CliText.Get("cli.projects.dryRun"));
            return ExitCodes.Ok;
        }, ct));
        return import;
    }

    private static Command Export(CliContext context)
    {
        var output = new Option<FileInfo>("--output") { Description = CliText.Help("cli.projects.output"), Required = true };
        var format = new Option<string>("--format") { Description = CliText.Help("cli.projects.format"), DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "csv");
        var (city, stage, year) = Filters();
        var export = new Command("export", CliText.Help("cli.projects.export")) { Options = { output, format, city, stage, year } };
        export.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var target = parse.GetValue(output)!;
            await using (var stream = File.Create(target.FullName))
            {
                using var buffer = new MemoryStream();
                await services.GetRequiredService<ExportProjects>().WriteAsync(Province, Query(parse, city, stage, year), parse.GetValue(format) == "csv", buffer, ct);
                buffer.Position = 0;
                await buffer.CopyToAsync(stream, ct);
            }

            await context.Console.Out.WriteLineAsync(CliText.Get("cli.projects.exported", target.FullName));
            return ExitCodes.Ok;
        }, ct));
        return export;
    }

    private static Command Check(CliContext context)
    {
        var (city, stage, year) = Filters();
        var check = new Command("check", CliText.Help("cli.projects.check")) { Options = { city, stage, year } };
        check.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var summary = await services.GetRequiredService<RecheckProjects>().RunAsync(Province, Query(parse, city, stage, year), cancellationToken: ct);
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.projects.checked", summary.Checked, summary.Changed, summary.WithMandatoryFindings, summary.RuleSetVersion));
            return ExitCodes.Ok;
        }, ct));
        return check;
    }

    /// <summary><c>projects rules list</c> and <c>projects rules publish FILE [--dry-run]</c>: the rule-set versions, and the province's publication of a new one.</summary>
    private static Command Rules(CliContext context)
    {
        var list = new Command("list", CliText.Help("cli.projects.rules.list"));
        list.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var versions = await services.GetRequiredService<RuleSetCatalog>().VersionsAsync(ct);
            foreach (var set in versions)
            {
                await context.Console.Out.WriteLineAsync(CliText.Get("cli.projects.rules.version", set.Version, set.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    set.Rules.Count, set == versions[^1] ? CliText.Get("cli.projects.rules.current") : "", set.Note));
            }

            return ExitCodes.Ok;
        }, ct));

        var file = new Argument<FileInfo>("file") { Description = CliText.Help("cli.projects.rules.file") };
        var dryRun = new Option<bool>("--dry-run") { Description = CliText.Help("cli.projects.rules.dryRun") };
        var publish = new Command("publish", CliText.Help("cli.projects.rules.publish")) { Arguments = { file }, Options = { dryRun } };
        publish.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.projects.noFile", path.FullName));
                return ExitCodes.BadArguments;
            }

            var store = !parse.GetValue(dryRun);
            var outcome = await services.GetRequiredService<PublishRuleSet>().RunAsync(await File.ReadAllTextAsync(path.FullName, ct), store,
                services.GetRequiredService<ICurrentActor>().Name, ct);
            if (!outcome.Succeeded)
            {
                var text = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Platform.Localization.UiText>>();
                foreach (var error in outcome.Errors)
                {
                    await context.Console.Error.WriteLineAsync(Platform.Web.Problems.Message(text, error));
                }

                return ExitCodes.Refused;
            }

            var preview = outcome.Value!;
            foreach (var change in preview.Rules)
            {
                await context.Console.Out.WriteLineAsync($"{change.Code}\t{CliText.Get("projects.ruleset.change." + change.Change)}\t{change.Title}");
            }

            await context.Console.Out.WriteLineAsync(CliText.Get("projects.ruleset.affected", preview.ProjectsAffected, preview.ProjectsChecked));
            await context.Console.Out.WriteLineAsync(store ? CliText.Get("projects.ruleset.published", preview.Version) : CliText.Get("cli.projects.rules.notPublished", preview.Version));
            return ExitCodes.Ok;
        }, ct));
        return new Command("rules", CliText.Help("cli.projects.rules")) { Subcommands = { list, publish } };
    }

    private static (Option<string?> City, Option<ProjectStage?> Stage, Option<int?> Year) Filters() => (
        new Option<string?>("--city") { Description = CliText.Help("cli.projects.city") },
        new Option<ProjectStage?>("--stage") { Description = CliText.Help("cli.projects.stage") },
        new Option<int?>("--year") { Description = CliText.Help("cli.projects.year") });

    private static ProjectQuery Query(ParseResult parse, Option<string?> city, Option<ProjectStage?> stage, Option<int?> year) =>
        new() { City = parse.GetValue(city), Stage = parse.GetValue(stage), Year = parse.GetValue(year) };

    private static string Where(ImportIssue issue) => issue.Row == 0 ? "" : issue.Column is null
        ? CliText.Get("cli.projects.atRow", issue.Row)
        : CliText.Get("cli.projects.atCell", issue.Row, issue.Column, issue.Header ?? "", issue.Value ?? "");

    /// <summary>
    /// A progress bar on standard error: redrawn in place on a terminal, one line per phase and tenth otherwise
    /// (so logs stay readable).
    /// </summary>
    private sealed class ProgressBar(TextWriter error)
    {
        private readonly bool interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        private (ImportPhase Phase, int Tenth) last = (ImportPhase.Queued, -1);

        public void Show(ImportProgress progress)
        {
            var percent = progress.Percent;
            var phase = CliText.Get("projects.importPhase." + progress.Phase);
            var counted = progress.Total > 0 ? $" {progress.Done.ToString("N0", CultureInfo.InvariantCulture)}/{progress.Total.ToString("N0", CultureInfo.InvariantCulture)}"
                : progress.Done > 0 ? $" {progress.Done.ToString("N0", CultureInfo.InvariantCulture)}" : "";
            if (interactive)
            {
                var filled = percent * 30 / 100;
                error.Write($"\r[{new string('#', filled)}{new string('-', 30 - filled)}] {percent,3}% {phase}{counted}   ");
                return;
            }

            var now = (progress.Phase, percent / 10);
            if (now != last)
            {
                last = now;
                error.WriteLine($"{percent,3}% {phase}{counted}");
            }
        }

        public void End()
        {
            if (interactive)
            {
                error.WriteLine();
            }
        }
    }
}
