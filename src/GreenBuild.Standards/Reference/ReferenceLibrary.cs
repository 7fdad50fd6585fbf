using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace GreenBuild.Standards.Reference;

/// <summary>
/// 参考数据库 — the versioned reference tables the calculators read: the JSON files embedded in this
/// assembly under <c>Reference/</c>, optionally overridden by corrected versions supplied by the host
/// (e.g. values an administrator has confirmed). Reading embedded resources is the library's only I/O.
/// </summary>
public sealed class ReferenceLibrary
{
    private const string ResourcePrefix = "GreenBuild.Standards.Reference.";
    private static readonly Lazy<ReferenceLibrary> EmbeddedLibrary = new(() => new ReferenceLibrary(new Dictionary<string, string>()));

    private readonly IReadOnlyDictionary<string, string> overrides;
    private readonly ConcurrentDictionary<string, ReferenceDocument> cache = new(StringComparer.Ordinal);

    private ReferenceLibrary(IReadOnlyDictionary<string, string> overrides) => this.overrides = overrides;

    /// <summary>The reference tables as shipped in this assembly.</summary>
    public static ReferenceLibrary Embedded => EmbeddedLibrary.Value;

    /// <summary>The file names of the embedded reference tables.</summary>
    public static IReadOnlyList<string> EmbeddedFiles { get; } = typeof(ReferenceLibrary).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// A library in which the given files replace the embedded ones (same file name, same shape,
    /// with their own version, status and source). Files not given come from the embedded set.
    /// </summary>
    /// <param name="jsonByFile">The replacement JSON text keyed by file name.</param>
    public static ReferenceLibrary WithOverrides(IReadOnlyDictionary<string, string> jsonByFile)
    {
        ArgumentNullException.ThrowIfNull(jsonByFile);
        return new ReferenceLibrary(new Dictionary<string, string>(jsonByFile, StringComparer.Ordinal));
    }

    /// <summary>Reads one reference table by file name.</summary>
    /// <param name="file">The file name, e.g. "gbt-2589-2020-standard-coal.json".</param>
    /// <exception cref="InvalidOperationException">The file does not exist or lacks its source header — a packaging error, not a business outcome.</exception>
    public ReferenceDocument Get(string file) => cache.GetOrAdd(file, Load);

    private ReferenceDocument Load(string file)
    {
        string json = overrides.TryGetValue(file, out string? text) ? text : ReadEmbedded(file);
        using JsonDocument parsed = JsonDocument.Parse(json);
        JsonElement root = parsed.RootElement;
        return new ReferenceDocument(
            file,
            Header(root, file, "standard"),
            Header(root, file, "edition"),
            Header(root, file, "clause"),
            Header(root, file, "version"),
            Status(root, file),
            Header(root, file, "source"))
        {
            Data = root.TryGetProperty("data", out JsonElement data)
                ? data.Clone()
                : throw new InvalidOperationException($"Reference file {file} has no data member."),
        };
    }

    private static string ReadEmbedded(string file)
    {
        Assembly assembly = typeof(ReferenceLibrary).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"Reference file {file} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Header(JsonElement root, string file, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"Reference file {file} lacks its \"{name}\" header.");

    private static string Status(JsonElement root, string file)
    {
        string status = Header(root, file, "status");
        return status is ReferenceStatus.Checked or ReferenceStatus.Unverified
            ? status
            : throw new InvalidOperationException($"Reference file {file} has status \"{status}\"; expected checked or unverified.");
    }
}
