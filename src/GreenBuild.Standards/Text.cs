using System.Globalization;
using System.Resources;

namespace GreenBuild.Standards;

/// <summary>
/// The Chinese texts of explanations and validation messages, read from <c>Text.resx</c>
/// (neutral resources, zh-Hans) and formatted culture-invariantly.
/// </summary>
internal static class Text
{
    private static readonly ResourceManager Resources = new("GreenBuild.Standards.Text", typeof(Text).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"Text resource {key} is missing.");

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);
}
