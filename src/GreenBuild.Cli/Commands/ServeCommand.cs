using System.CommandLine;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild serve</c>: the web UI and REST API, exactly as <c>Program</c> runs them.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = CliText.Help("cli.serve.urls"), DefaultValueFactory = _ => "http://localhost:5000" };
        var noDemo = new Option<bool>("--no-demo") { Description = CliText.Help("cli.serve.nodemo") };
        var command = new Command("serve", CliText.Help("cli.serve")) { Options = { urls, noDemo } };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var builder = GreenBuildHost.CreateBuilder(context.HostArguments(parse, $"--urls={parse.GetValue(urls)}"));
            await using var app = GreenBuildHost.Build(builder);
            await GreenBuildHost.InitializeAsync(app.Services, !parse.GetValue(noDemo) && app.Configuration.GetValue("Demo:SeedOnFirstStart", true), cancellationToken);
            await app.RunAsync();
            return ExitCodes.Ok;
        });
        return command;
    }
}
