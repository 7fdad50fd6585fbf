using GreenBuild.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Cli;

/// <summary>CLI text from the application's resource files.</summary>
internal static class CliText
{
    private static readonly IStringLocalizer Text = new JsonStringLocalizerFactory().Create(typeof(UiText));

    /// <summary>Help is shown in Chinese and English.</summary>
    public static string Help(string key) => JsonStringLocalizer.Bilingual(key);

    public static string Get(string key, params object[] arguments) => Text[key, arguments];
}
