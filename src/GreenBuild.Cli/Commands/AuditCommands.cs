using System.CommandLine;
using GreenBuild.Platform.Audit;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild audit verify</c>: exit code 4 and the first bad entry when the chain is broken.</summary>
internal static class AuditCommands
{
    public static Command Create(CliContext context)
    {
        var verify = new Command("verify", CliText.Help("cli.audit.verify"));
        verify.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var verdict = await services.GetRequiredService<VerifyAuditChain>().RunAsync(ct);
            if (verdict.Intact)
            {
                await context.Console.Out.WriteLineAsync(CliText.Get("cli.audit.intact", verdict.EntriesChecked, verdict.HeadHash ?? "-"));
                return ExitCodes.Ok;
            }

            await context.Console.Error.WriteLineAsync(CliText.Get("cli.audit.broken", verdict.FirstBadSequence!, verdict.Problem!));
            return ExitCodes.AuditChainBroken;
        }, ct));
        return new Command("audit", CliText.Help("cli.audit")) { Subcommands = { verify } };
    }
}
