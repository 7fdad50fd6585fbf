using System.CommandLine;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Accounts.Api;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild users add|list|disable|enable</c>.</summary>
internal static class UsersCommands
{
    public static Command Create(CliContext context)
    {
        var email = new Option<string>("--email") { Description = CliText.Help("cli.users.email"), Required = true };
        var name = new Option<string>("--name") { Description = CliText.Help("cli.users.name"), Required = true };
        var role = new Option<string>("--role") { Description = CliText.Help("cli.users.role"), Required = true };
        role.AcceptOnlyFromAmong([.. Roles.AccountRoles]);
        var city = new Option<string?>("--city") { Description = CliText.Help("cli.users.city") };
        var org = new Option<string?>("--org") { Description = CliText.Help("cli.users.org") };
        var password = new Option<string?>("--password") { Description = CliText.Help("cli.users.password") };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = CliText.Help("cli.users.passwordstdin") };

        var add = new Command("add", CliText.Help("cli.users.add")) { Options = { email, name, role, city, org, password, passwordStdin } };
        add.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var secret = parse.GetValue(passwordStdin) ? (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n') : parse.GetValue(password);
            if (string.IsNullOrEmpty(secret))
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.err.password"));
                return ExitCodes.BadArguments;
            }

            Guid? organizationId = null;
            if (parse.GetValue(org) is { Length: > 0 } orgName)
            {
                var db = services.GetRequiredService<GreenBuildDb>();
                organizationId = (await db.Organizations.FirstOrDefaultAsync(o => o.Name == orgName, ct))?.Id;
                if (organizationId is null)
                {
                    var kind = Roles.IsProvince(parse.GetValue(role)!) ? OrganizationKind.ProvincialDepartment
                        : parse.GetValue(role) == Roles.CityOfficer ? OrganizationKind.CityDepartment : OrganizationKind.Other;
                    var created = await services.GetRequiredService<AddOrganization>().RunAsync(orgName, kind, null, parse.GetValue(city), ct);
                    if (!created.Succeeded)
                    {
                        return await context.Refuse(created.Errors, services);
                    }

                    organizationId = created.Value!.Id;
                }
            }

            var outcome = await services.GetRequiredService<AddUser>().RunAsync(
                new NewUser(parse.GetValue(email)!, parse.GetValue(name)!, parse.GetValue(role)!, secret, parse.GetValue(city), organizationId), ct);
            if (!outcome.Succeeded)
            {
                return await context.Refuse(outcome.Errors, services);
            }

            await context.Console.Out.WriteLineAsync(CliText.Get("cli.ok.user", outcome.Value!.Email!, parse.GetValue(role)!));
            return ExitCodes.Ok;
        }, ct));

        var list = new Command("list", CliText.Help("cli.users.list"));
        list.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            foreach (var u in await AccountsApi.ListUsers(services.GetRequiredService<GreenBuildDb>(), ct))
            {
                await context.Console.Out.WriteLineAsync(
                    $"{u.Email}\t{u.DisplayName}\t{string.Join(',', u.Roles)}\t{u.CityCode ?? "-"}\t{(u.IsDisabled ? "disabled" : "active")}");
            }

            return ExitCodes.Ok;
        }, ct));

        return new Command("users", CliText.Help("cli.users"))
        {
            Subcommands = { add, list, Toggle(context, "disable", true), Toggle(context, "enable", false) },
        };
    }

    private static Command Toggle(CliContext context, string verb, bool disable)
    {
        var email = new Option<string>("--email") { Description = CliText.Help("cli.users.email"), Required = true };
        var command = new Command(verb, CliText.Help($"cli.users.{verb}")) { Options = { email } };
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var outcome = await services.GetRequiredService<DisableUser>().RunAsync(parse.GetValue(email)!, disable);
            if (!outcome.Succeeded)
            {
                return await context.Refuse(outcome.Errors, services);
            }

            await context.Console.Out.WriteLineAsync(CliText.Get(disable ? "cli.ok.disabled" : "cli.ok.enabled", outcome.Value!.Email!));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
