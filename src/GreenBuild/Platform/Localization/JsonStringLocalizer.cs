using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform.Localization;

/// <summary>
/// UI text from the resource files <c>Resources/&lt;area&gt;.&lt;culture&gt;.json</c> (flat key → text),
/// embedded in the assembly. zh-CN is the default and the fallback; a missing key shows itself, so a
/// test can find it.
/// </summary>
internal sealed class JsonStringLocalizer : IStringLocalizer
{
    public const string DefaultCulture = "zh-CN";

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Tables = new();

    public LocalizedString this[string name] => Find(name, null);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        TableFor(CultureName()).Select(kv => new LocalizedString(kv.Key, kv.Value));

    public static IReadOnlyDictionary<string, string> TableFor(string culture) => Tables.GetOrAdd(culture, Load);

    /// <summary>"中文 — English", for texts such as CLI help that are shown in both languages.</summary>
    public static string Bilingual(string key) =>
        $"{TableFor(DefaultCulture).GetValueOrDefault(key, key)} — {TableFor("en").GetValueOrDefault(key, key)}";

    private static LocalizedString Find(string name, object[]? arguments)
    {
        var culture = CultureName();
        var found = TableFor(culture).TryGetValue(name, out var text)
            || TableFor(DefaultCulture).TryGetValue(name, out text);
        var value = text ?? name;
        if (arguments is { Length: > 0 })
        {
            value = string.Format(CultureInfo.CurrentCulture, value, arguments);
        }

        return new LocalizedString(name, value, resourceNotFound: !found);
    }

    private static string CultureName() =>
        CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : DefaultCulture;

    private static IReadOnlyDictionary<string, string> Load(string culture)
    {
        var assembly = typeof(JsonStringLocalizer).Assembly;
        var suffix = $".{culture}.json";
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("GreenBuild.Resources.", StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"{resource} is empty.");
            foreach (var (key, value) in entries)
            {
                if (!table.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"Text key {key} is defined twice ({resource}).");
                }
            }
        }

        return table;
    }
}

/// <summary>Every <c>IStringLocalizer&lt;T&gt;</c> reads the same tables: keys are namespaced by area instead.</summary>
internal sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private static readonly JsonStringLocalizer Instance = new();

    public IStringLocalizer Create(Type resourceSource) => Instance;

    public IStringLocalizer Create(string baseName, string location) => Instance;
}
