using System.Globalization;

namespace GreenBuild.Cli;

/// <summary>The <c>greenbuild</c> process.</summary>
internal static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        // Chinese first; GREENBUILD_LANG=en switches messages to English (help always shows both).
        var language = Environment.GetEnvironmentVariable("GREENBUILD_LANG") is { Length: > 0 } lang ? lang : "zh-CN";
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        return await GreenBuildCli.RunAsync(args);
    }
}
