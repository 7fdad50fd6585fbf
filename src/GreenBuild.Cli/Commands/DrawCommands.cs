using System.CommandLine;
using System.Globalization;
using GreenBuild.Platform.Accounts;
using GreenBuild.Supervision.Draw;

namespace GreenBuild.Cli.Commands;

/// <summary>
/// <c>greenbuild draw compute</c> (bare RFC 3797: positions of a pool of N) and <c>greenbuild draw verify</c>
/// (a published candidate list, its digest and the sources → the selected candidates; offline, no database), or with
/// <c>--task</c> every stored draw of an inspection task re-verified from the database.
/// </summary>
internal static class DrawCommands
{
    public static Command Create(CliContext context) =>
        new("draw", CliText.Help("cli.draw")) { Subcommands = { Compute(context), Verify(context) } };

    private static Option<string[]> SourceOption(bool required = true) =>
        new("--source", "-s") { Description = CliText.Help("cli.draw.source"), Required = required, AllowMultipleArgumentsPerToken = false, Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore };

    private static Option<int> CountOption(bool required = true) => new("--count", "-k") { Description = CliText.Help("cli.draw.count"), Required = required };

    private static Command Compute(CliContext context)
    {
        var pool = new Option<int>("--pool", "-n") { Description = CliText.Help("cli.draw.pool"), Required = true };
        var count = CountOption();
        var sources = SourceOption();
        var steps = new Option<bool>("--steps") { Description = CliText.Help("cli.draw.steps") };
        var command = new Command("compute", CliText.Help("cli.draw.compute")) { Options = { pool, count, sources, steps } };
        command.SetAction(async (parse, _) =>
        {
            var (n, k) = (parse.GetValue(pool), parse.GetValue(count));
            var key = DrawKey.From([.. parse.GetValue(sources)!.Select(DrawSource.Parse)]);
            var errors = new List<PlatformError>(key.Errors);
            if (n < 1 || n > Rfc3797.MaxPool)
            {
                errors.Add(new PlatformError("draw.pool.range", "pool", "draw.error.pool.range", n, Rfc3797.MaxPool));
            }
            else if (k < 1 || k > n)
            {
                errors.Add(k < 1
                    ? new PlatformError("draw.count.range", "count", "draw.error.count.range", k)
                    : new PlatformError("draw.count.pool", "count", "draw.error.count.pool", n, k));
            }

            if (errors.Count > 0)
            {
                return await Refuse(context, errors);
            }

            if (parse.GetValue(steps))
            {
                await context.Console.Out.WriteLineAsync(CliText.Get("cli.draw.key", key.Value!.Key));
                await context.Console.Out.WriteLineAsync("index        hex value of MD5        div  selected");
            }

            foreach (var step in Rfc3797.Steps(key.Value!.Key, n).Take(k))
            {
                await context.Console.Out.WriteLineAsync(parse.GetValue(steps)
                    ? string.Create(CultureInfo.InvariantCulture, $"{step.Counter + 1,5}  {step.Md5}  {step.Remaining,3}  -> {step.Position,2} <-")
                    : step.Position.ToString(CultureInfo.InvariantCulture));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var candidates = new Option<FileInfo?>("--candidates", "-c") { Description = CliText.Help("cli.draw.candidates") };
        var count = CountOption(required: false);
        var sources = SourceOption(required: false);
        var digest = new Option<string?>("--digest") { Description = CliText.Help("cli.draw.digest") };
        var avoid = new Option<FileInfo?>("--avoid") { Description = CliText.Help("cli.draw.avoid") };
        var task = new Option<string?>("--task", "-t") { Description = CliText.Help("cli.draw.task") };
        var version = new Option<int?>("--version") { Description = CliText.Help("cli.draw.task.version") };
        var command = new Command("verify", CliText.Help("cli.draw.verify")) { Options = { candidates, count, sources, digest, avoid, task, version } };
        command.Validators.Add(result =>
        {
            var byTask = result.GetValue(task) is not null;
            var byFile = result.GetResult(candidates) is not null || result.GetResult(count) is not null || result.GetResult(sources) is not null;
            if (byTask == byFile || (!byTask && (result.GetResult(candidates) is null || result.GetResult(count) is null || result.GetResult(sources) is null)))
            {
                result.AddError(CliText.Get("cli.draw.verify.either"));
            }
        });
        command.SetAction((parse, ct) => parse.GetValue(task) is { } code
            ? context.RunAsync(parse, requireMigrated: true, services => TaskDrawCommand.VerifyAsync(context, services, code, parse.GetValue(version), ct), ct)
            : VerifyFiles(context, parse, candidates, count, sources, digest, avoid, ct));
        return command;
    }

    private static async Task<int> VerifyFiles(CliContext context, ParseResult parse, Option<FileInfo?> candidates, Option<int> count, Option<string[]> sources,
        Option<string?> digest, Option<FileInfo?> avoid, CancellationToken ct)
    {
        var list = await ReadFile(context, parse.GetValue(candidates)!, ct);
        var avoidFile = parse.GetValue(avoid);
        var avoidText = avoidFile is null ? "" : await ReadFile(context, avoidFile, ct);
        if (list is null || avoidText is null)
        {
            return ExitCodes.Refused;
        }

        var outcome = VerifyDraw.Run(new DrawVerifyRequest(list, parse.GetValue(count), parse.GetValue(sources)!, avoidText, parse.GetValue(digest)));
        if (!outcome.Succeeded)
        {
            return await Refuse(context, outcome.Errors);
        }

        var verification = outcome.Value!;
        var result = verification.Result;
        await context.Console.Out.WriteLineAsync(CliText.Get("cli.draw.list", result.List.Count, result.List.Sha256));
        if (verification.DigestMatches == false)
        {
            await context.Console.Error.WriteLineAsync(CliText.Get("cli.draw.digest.mismatch", verification.AnnouncedDigest!, result.List.Sha256));
            return ExitCodes.Refused;
        }

        if (verification.DigestMatches == true)
        {
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.draw.digest.ok"));
        }

        await context.Console.Out.WriteLineAsync(CliText.Get("cli.draw.key", result.Key.Key));
        foreach (var skipped in result.Skipped)
        {
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.draw.skipped", skipped.Rfc.Counter + 1, skipped.Rfc.Position, skipped.Candidate, skipped.SkipReason ?? ""));
        }

        foreach (var chosen in result.Selected)
        {
            await context.Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{chosen.Rfc.Position}\t{chosen.Candidate}"));
        }

        return ExitCodes.Ok;
    }

    private static async Task<string?> ReadFile(CliContext context, FileInfo file, CancellationToken ct)
    {
        try
        {
            return await File.ReadAllTextAsync(file.FullName, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Console.Error.WriteLineAsync(CliText.Get("cli.draw.file", file.FullName, e.Message));
            return null;
        }
    }

    private static async Task<int> Refuse(CliContext context, IEnumerable<PlatformError> errors)
    {
        foreach (var error in errors)
        {
            await context.Console.Error.WriteLineAsync(CliText.Get(error.MessageKey, error.Arguments));
        }

        return ExitCodes.Refused;
    }
}
