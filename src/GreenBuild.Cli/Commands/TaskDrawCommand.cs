using System.Globalization;
using GreenBuild.Supervision.Tasks;

namespace GreenBuild.Cli.Commands;

/// <summary>
/// <c>greenbuild draw verify --task CODE [--version N]</c>: every stored draw of the task recomputed from its stored,
/// published inputs. A list whose text no longer hashes to the digest published at announcement, or a stored
/// selection the inputs do not give, makes it exit with 1.
/// </summary>
internal static class TaskDrawCommand
{
    public static async Task<int> VerifyAsync(CliContext context, IServiceProvider services, string code, int? version, CancellationToken ct)
    {
        var found = await services.GetRequiredService<VerifyTaskDraws>().RunAsync(code, version, ct);
        if (found is not { } result)
        {
            await context.Console.Error.WriteLineAsync(CliText.Get("cli.draw.task.unknown", code));
            return ExitCodes.Refused;
        }

        var (task, checks) = result;
        await context.Console.Out.WriteLineAsync(CliText.Get("cli.draw.task.head", task.Code, task.Version, task.Status, checks.Count));
        foreach (var check in checks)
        {
            var state = check.Errors.Count > 0 ? CliText.Get("cli.draw.task.invalid", string.Join(", ", check.Errors.Select(e => e.Code)))
                : check.Verification!.DigestMatches != true ? CliText.Get("cli.draw.digest.mismatch", check.List.Sha256, check.Verification.Result.List.Sha256)
                : !check.SelectionMatches ? CliText.Get("cli.draw.task.selection")
                : CliText.Get("cli.draw.digest.ok");
            var target = check.Draw.ForObject ?? (check.List.Stratum.Length == 0 ? "-" : check.List.Stratum);
            var writer = check.Ok ? context.Console.Out : context.Console.Error;
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"#{check.Draw.Sequence}\t{check.List.Kind}\t{target}\t{check.List.Sha256}\t{state}"));
            if (check.Ok)
            {
                await context.Console.Out.WriteLineAsync("\t" + string.Join(' ', check.Verification!.Result.Selected.Select(s => s.Candidate)));
            }
        }

        if (checks.All(c => c.Ok))
        {
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.draw.task.ok", checks.Count));
            return ExitCodes.Ok;
        }

        await context.Console.Error.WriteLineAsync(CliText.Get("cli.draw.task.failed", checks.Count(c => !c.Ok), checks.Count));
        return ExitCodes.Refused;
    }
}
