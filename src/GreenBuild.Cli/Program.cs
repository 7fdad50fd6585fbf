using System.Globalization;
using GreenBuild.Cli;

// Chinese first; GREENBUILD_LANG=en switches messages to English (help always shows both).
var language = Environment.GetEnvironmentVariable("GREENBUILD_LANG") is { Length: > 0 } lang ? lang : "zh-CN";
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
return await GreenBuildCli.RunAsync(args);
