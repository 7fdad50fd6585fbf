using System.CommandLine;
using System.Globalization;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Identity;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild apikeys create|revoke</c>.</summary>
internal static class ApiKeysCommands
{
    public static Command Create(CliContext context)
    {
        var name = new Option<string>("--name") { Description = CliText.Help("cli.apikeys.name"), Required = true };
        var owner = new Option<string>("--owner") { Description = CliText.Help("cli.apikeys.owner"), Required = true };
        var scope = new Option<string[]>("--scope") { Description = CliText.Help("cli.apikeys.scope"), AllowMultipleArgumentsPerToken = true };
        var expires = new Option<string?>("--expires") { Description = CliText.Help("cli.apikeys.expires") };
        expires.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && !DateTime.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--expires: {v} (yyyy-MM-dd)");
            }
        });
        var create = new Command("create", CliText.Help("cli.apikeys.create")) { Options = { name, owner, scope, expires } };
        create.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var user = await services.GetRequiredService<UserManager<GreenBuildUser>>().FindByEmailAsync(parse.GetValue(owner)!);
            DateTime? expiresAt = parse.GetValue(expires) is { } e
                ? Formats.ToUtc(DateTime.ParseExact(e, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1))
                : null;
            var outcome = await services.GetRequiredService<ManageApiKeys>().CreateAsync(
                parse.GetValue(name)!, user?.Id ?? parse.GetValue(owner)!, parse.GetValue(scope) ?? [], expiresAt, ct);
            if (!outcome.Succeeded)
            {
                return await context.Refuse(outcome.Errors, services);
            }

            await context.Console.Error.WriteLineAsync(CliText.Get("cli.ok.apikey", outcome.Value!.Key.Id, outcome.Value.Key.Prefix));
            await context.Console.Out.WriteLineAsync(outcome.Value.Token);
            return ExitCodes.Ok;
        }, ct));

        var id = new Argument<string>("id") { Description = CliText.Help("cli.apikeys.id") };
        var revoke = new Command("revoke", CliText.Help("cli.apikeys.revoke")) { Arguments = { id } };
        revoke.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var outcome = await services.GetRequiredService<ManageApiKeys>().RevokeAsync(parse.GetValue(id)!, ct);
            if (!outcome.Succeeded)
            {
                return await context.Refuse(outcome.Errors, services);
            }

            await context.Console.Out.WriteLineAsync(CliText.Get("cli.ok.revoked", outcome.Value!.Prefix));
            return ExitCodes.Ok;
        }, ct));
        return new Command("apikeys", CliText.Help("cli.apikeys")) { Subcommands = { create, revoke } };
    }
}
