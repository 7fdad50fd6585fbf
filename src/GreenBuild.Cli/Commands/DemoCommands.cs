using System.CommandLine;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild demo seed</c>: every module's demo data, idempotent.</summary>
internal static class DemoCommands
{
    public static Command Create(CliContext context)
    {
        var seed = new Command("seed", CliText.Help("cli.demo.seed"));
        seed.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            foreach (var summary in await GreenBuildHost.SeedDemoAsync(services, ct))
            {
                await context.Console.Out.WriteLineAsync(summary);
            }

            return ExitCodes.Ok;
        }, ct));
        return new Command("demo", CliText.Help("cli.demo")) { Subcommands = { seed } };
    }
}
