using System.CommandLine;
using GreenBuild.Cli.Commands;

namespace GreenBuild.Cli;

/// <summary>
/// <c>greenbuild</c>: what an operator scripts. Exit codes: 0 done, 1 the operation was refused
/// (validation), 2 bad arguments, 3 the database is unreachable or not migrated, 4 the audit chain is broken.
/// </summary>
public static class GreenBuildCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var console = new CliConsole(output ?? Console.Out, error ?? Console.Error);
        var db = new Option<string?>("--db") { Description = CliText.Help("cli.db"), Recursive = true };
        var root = new RootCommand(CliText.Help("cli.root")) { Options = { db } };
        var context = new CliContext(db, console);
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(DbCommands.Create(context));
        root.Subcommands.Add(DemoCommands.Create(context));
        root.Subcommands.Add(UsersCommands.Create(context));
        root.Subcommands.Add(ApiKeysCommands.Create(context));
        root.Subcommands.Add(AuditCommands.Create(context));
        root.Subcommands.Add(IndicatorsCommands.Create(context));
        root.Subcommands.Add(CalcCommands.Create(context));
        root.Subcommands.Add(DrawCommands.Create(context));
        root.Subcommands.Add(SupervisionCommands.Create(context));
        root.Subcommands.Add(ProjectsCommands.Create(context));
        root.Subcommands.Add(EnergyCommands.Create(context));
        root.Subcommands.Add(LabelsCommands.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await console.Error.WriteLineAsync($"{CliText.Get("cli.err.args")}:");
            foreach (var parseError in parse.Errors)
            {
                await console.Error.WriteLineAsync($"  {parseError.Message}");
            }

            await console.Error.WriteLineAsync("greenbuild --help");
            return ExitCodes.BadArguments;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}

/// <summary>The process exit codes of <c>greenbuild</c>.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int BadArguments = 2;
    public const int DatabaseUnavailable = 3;
    public const int AuditChainBroken = 4;
}

/// <summary>Where the CLI writes (the console, or a test's writers).</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
