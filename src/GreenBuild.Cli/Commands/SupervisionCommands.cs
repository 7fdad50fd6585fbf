using System.CommandLine;
using System.Globalization;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Complaints;
using GreenBuild.Supervision.Import;
using GreenBuild.Supervision.Inspections;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Cli.Commands;

/// <summary>
/// <c>greenbuild supervision tasks|announce|source|draw|import|reminders</c>: the operator acts with the province's scope,
/// audited as <c>cli:&lt;user&gt;</c>; the draw's verification is <c>greenbuild draw verify --task</c>.
/// </summary>
internal static class SupervisionCommands
{
    private static readonly DataScope Province = new(true, null, null);

    public static Command Create(CliContext context) => new("supervision", CliText.Help("cli.supervision"))
    {
        Subcommands = { Tasks(context), Announce(context), Source(context), Draw(context), Import(context), Reminders(context) },
    };

    private static Option<string> TaskOption() => new("--task", "-t") { Description = CliText.Help("cli.draw.task"), Required = true };

    private static Command Tasks(CliContext context)
    {
        var command = new Command("tasks", CliText.Help("cli.supervision.tasks"));
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var tasks = await services.GetRequiredService<GreenBuildDb>().Set<InspectionTask>().AsNoTracking().ToListAsync(ct);
            foreach (var t in tasks.OrderBy(t => t.Code, StringComparer.Ordinal).ThenBy(t => t.Version))
            {
                await context.Console.Out.WriteLineAsync(string.Join('\t', t.Code, t.Version.ToString(CultureInfo.InvariantCulture), t.Status, t.CityCode, Formats.Local(t.DrawAtUtc), t.Title));
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Announce(CliContext context)
    {
        var task = TaskOption();
        var command = new Command("announce", CliText.Help("cli.supervision.announce")) { Options = { task } };
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
            await OnLatest(context, services, parse.GetValue(task)!, async t =>
            {
                var outcome = await services.GetRequiredService<AnnounceTask>().RunAsync(Province, t.Id, ct);
                if (outcome.Succeeded)
                {
                    foreach (var list in outcome.Value!.Lists.OrderBy(l => l.Kind).ThenBy(l => l.Stratum, StringComparer.Ordinal))
                    {
                        await context.Console.Out.WriteLineAsync(string.Join('\t', list.Kind, list.Stratum, list.Size.ToString(CultureInfo.InvariantCulture), list.Sha256));
                    }
                }

                return outcome.Errors;
            }, ct), ct));
        return command;
    }

    private static Command Source(CliContext context)
    {
        var task = TaskOption();
        var position = new Option<int>("--position", "-p") { Description = CliText.Help("cli.supervision.position"), Required = true };
        var values = new Option<string>("--values", "-v") { Description = CliText.Help("cli.supervision.values"), Required = true };
        var command = new Command("source", CliText.Help("cli.supervision.source")) { Options = { task, position, values } };
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
            await OnLatest(context, services, parse.GetValue(task)!, async t =>
                (await services.GetRequiredService<RecordSourceValue>().RunAsync(Province, t.Id, parse.GetValue(position), parse.GetValue(values)!, ct)).Errors, ct), ct));
        return command;
    }

    private static Command Draw(CliContext context)
    {
        var task = TaskOption();
        var command = new Command("draw", CliText.Help("cli.supervision.draw")) { Options = { task } };
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
            await OnLatest(context, services, parse.GetValue(task)!, async t =>
            {
                var outcome = await services.GetRequiredService<RunTaskDraw>().RunAsync(Province, t.Id, ct);
                foreach (var d in (outcome.Value?.Draws ?? []).OrderBy(d => d.Sequence))
                {
                    await context.Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"#{d.Sequence}\t{d.ForObject ?? "-"}\t{string.Join(' ', d.SelectedText.Split('\n', StringSplitOptions.RemoveEmptyEntries))}"));
                }

                return outcome.Errors;
            }, ct), ct));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var sheet = new Option<DirectorySheet>("--sheet") { Description = CliText.Help("cli.supervision.sheet"), Required = true };
        var file = new Option<FileInfo>("--file", "-f") { Description = CliText.Help("cli.supervision.file"), Required = true };
        var command = new Command("import", CliText.Help("cli.supervision.import")) { Options = { sheet, file } };
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var outcome = await services.GetRequiredService<ImportDirectory>().RunAsync(Province, parse.GetValue(sheet), await File.ReadAllBytesAsync(parse.GetValue(file)!.FullName, ct), ct);
            if (!outcome.Succeeded)
            {
                return await Refuse(context, services, outcome.Errors);
            }

            await context.Console.Out.WriteLineAsync(CliText.Get("supervision.import.done", outcome.Value));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Reminders(CliContext context)
    {
        var command = new Command("reminders", CliText.Help("cli.supervision.reminders"));
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var sent = await services.GetRequiredService<SendRectificationReminders>().RunAsync(ct);
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.supervision.reminders.sent", sent));
            var warned = await services.GetRequiredService<WarnComplaintDeadlines>().RunAsync(ct);
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.supervision.reminders.complaints", warned));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static async Task<int> OnLatest(CliContext context, IServiceProvider services, string code, Func<InspectionTask, Task<IReadOnlyList<PlatformError>>> act, CancellationToken ct)
    {
        var task = await services.GetRequiredService<GreenBuildDb>().Set<InspectionTask>().AsNoTracking().Where(t => t.Code == code).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);
        if (task is null)
        {
            await context.Console.Error.WriteLineAsync(CliText.Get("cli.draw.task.unknown", code));
            return ExitCodes.Refused;
        }

        var errors = await act(task);
        if (errors.Count > 0)
        {
            return await Refuse(context, services, errors);
        }

        await context.Console.Out.WriteLineAsync(CliText.Get("cli.supervision.done", task.Code, task.Version));
        return ExitCodes.Ok;
    }

    private static async Task<int> Refuse(CliContext context, IServiceProvider services, IEnumerable<PlatformError> errors)
    {
        var text = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Platform.Localization.UiText>>();
        foreach (var error in errors)
        {
            await context.Console.Error.WriteLineAsync(GreenBuild.Supervision.SupervisionProblems.Message(text, error));
        }

        return ExitCodes.Refused;
    }
}
