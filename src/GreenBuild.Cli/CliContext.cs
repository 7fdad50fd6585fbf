using System.CommandLine;
using System.Data.Common;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Cli;

/// <summary>
/// Builds the same application the server runs (without starting it) — or, for the energy ingest, a lean host with the
/// same configuration and the energy module's own registration — and runs a command against its services, turning an
/// unreachable database into exit code 3 with a clear message.
/// </summary>
public sealed class CliContext(Option<string?> dbOption, CliConsole console)
{
    public CliConsole Console { get; } = console;

    /// <summary>Arguments for the application builder: <c>--db</c> becomes its connection string.</summary>
    public string[] HostArguments(ParseResult parse, params string[] extra)
    {
        var db = parse.GetValue(dbOption);
        return db is null ? extra : [.. extra, $"--ConnectionStrings:GreenBuild={db}", "--GREENBUILD_DB="];
    }

    /// <summary>Runs <paramref name="body"/> in a service scope of the application; <paramref name="requireMigrated"/> refuses a database with pending migrations.</summary>
    public async Task<int> RunAsync(ParseResult parse, bool requireMigrated, Func<IServiceProvider, Task<int>> body, CancellationToken cancellationToken)
    {
        var builder = GreenBuildHost.CreateBuilder(HostArguments(parse));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddScoped<ICurrentActor>(_ => Actor());
        await using var app = builder.Build();
        return await RunInScopeAsync(app.Services, requireMigrated, body, cancellationToken);
    }

    /// <summary>
    /// As <see cref="RunAsync"/>, on the lean host of <see cref="GreenBuildHost.CreateEnergyCommandBuilder"/> (the platform's
    /// core and the energy module's services, no web stack): for commands that only touch energy monitoring data.
    /// </summary>
    public async Task<int> RunEnergyAsync(ParseResult parse, bool requireMigrated, Func<IServiceProvider, Task<int>> body, CancellationToken cancellationToken)
    {
        var builder = GreenBuildHost.CreateEnergyCommandBuilder(HostArguments(parse));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddScoped<ICurrentActor>(_ => Actor());
        using var host = builder.Build();
        return await RunInScopeAsync(host.Services, requireMigrated, body, cancellationToken);
    }

    private static FixedActor Actor() => new($"cli:{Environment.UserName}", $"命令行 {Environment.UserName}");

    private async Task<int> RunInScopeAsync(IServiceProvider services, bool requireMigrated, Func<IServiceProvider, Task<int>> body, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return await Fail(CliText.Get("cli.err.db", options.Redacted(), "connection refused"));
            }

            if (requireMigrated && (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() is { Count: > 0 } pending)
            {
                return await Fail(CliText.Get("cli.err.pending", pending.Count));
            }

            return await body(scope.ServiceProvider);
        }
        catch (DbException ex)
        {
            return await Fail(CliText.Get("cli.err.db", options.Redacted(), ex.Message));
        }
        catch (InvalidOperationException ex) when (ex.InnerException is DbException || ex.Message.Contains("transient", StringComparison.OrdinalIgnoreCase))
        {
            return await Fail(CliText.Get("cli.err.db", options.Redacted(), ex.InnerException?.Message ?? ex.Message));
        }
    }

    public async Task<int> Refuse(IEnumerable<Platform.Accounts.PlatformError> errors, IServiceProvider services)
    {
        var text = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Platform.Localization.UiText>>();
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync(Problems.Message(text, error));
        }

        return ExitCodes.Refused;
    }

    private async Task<int> Fail(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return ExitCodes.DatabaseUnavailable;
    }
}
