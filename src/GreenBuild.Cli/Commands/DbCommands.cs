using System.CommandLine;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild db migrate|info</c>.</summary>
internal static class DbCommands
{
    public static Command Create(CliContext context)
    {
        var migrate = new Command("migrate", CliText.Help("cli.db.migrate"));
        migrate.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: false, async services =>
        {
            var applied = await services.GetRequiredService<InitializeDatabase>().RunAsync(ct);
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.ok.migrated", applied.Count));
            return ExitCodes.Ok;
        }, ct));

        var info = new Command("info", CliText.Help("cli.db.info"));
        info.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: false, async services =>
        {
            var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var db = services.GetRequiredService<GreenBuildDb>();
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            var output = context.Console.Out;
            await output.WriteLineAsync($"provider:   {options.Provider}");
            await output.WriteLineAsync($"connection: {options.Redacted()}");
            await output.WriteLineAsync($"migrations: {applied.Count} applied, {pending.Count} pending");
            foreach (var name in pending)
            {
                await output.WriteLineAsync($"  pending   {name}");
            }

            if (pending.Count == 0)
            {
                await output.WriteLineAsync($"places:     {await db.Places.CountAsync(ct)}");
                await output.WriteLineAsync($"users:      {await db.Users.CountAsync(ct)}");
                await output.WriteLineAsync($"audit:      {await db.AuditEntries.CountAsync(ct)} entries");
            }

            return ExitCodes.Ok;
        }, ct));

        return new Command("db", CliText.Help("cli.dbgroup")) { Subcommands = { migrate, info } };
    }
}
