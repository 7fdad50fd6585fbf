using System.Reflection;
using System.Text.Json;
using GreenBuild.Standards.Reference;

namespace GreenBuild.Standards.Tests.Reference;

public sealed class ReferenceDataTests
{
    private const string Prefix = "GreenBuild.Standards.Reference.";
    private static readonly Assembly Library = typeof(ReferenceLibrary).Assembly;

    public static TheoryData<string> Files() => new(Library.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_reference_file_carries_standard_edition_clause_version_status_and_source(string resource)
    {
        using Stream stream = Library.GetManifestResourceStream(resource)!;
        using JsonDocument json = JsonDocument.Parse(stream);
        JsonElement root = json.RootElement;

        foreach (string header in new[] { "standard", "edition", "clause", "version", "status", "source" })
        {
            Assert.True(root.TryGetProperty(header, out JsonElement value) && value.GetString() is { Length: > 0 }, $"{resource} lacks {header}");
        }

        Assert.Contains(root.GetProperty("status").GetString(), new[] { "checked", "unverified" });
        Assert.Equal(JsonValueKind.Object, root.GetProperty("data").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Entry_level_statuses_are_checked_or_unverified_and_a_file_is_unverified_when_any_entry_is(string resource)
    {
        using Stream stream = Library.GetManifestResourceStream(resource)!;
        using JsonDocument json = JsonDocument.Parse(stream);
        string[] statuses = Statuses(json.RootElement.GetProperty("data")).ToArray();

        Assert.All(statuses, s => Assert.Contains(s, new[] { "checked", "unverified" }));
        if (statuses.Contains("unverified"))
        {
            Assert.Equal("unverified", json.RootElement.GetProperty("status").GetString());
        }
    }

    [Fact]
    public void Every_embedded_file_is_read_by_a_calculator()
    {
        string[] used = CalculatorCatalog.All
            .SelectMany(c => typeof(ReferenceLibrary).Assembly.GetTypes().Where(t => t == c.GetType()))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!))
            .ToArray();

        Assert.Equal(ReferenceLibrary.EmbeddedFiles.Order(), used.Order());
    }

    [Fact]
    public void Corrected_reference_data_changes_the_result_and_is_recorded()
    {
        string original = ReadEmbedded("gbt-51129-2017-assembly-rate.json");
        string corrected = original.Replace("\"version\": \"2017.1\"", "\"version\": \"2017.2-admin\"", StringComparison.Ordinal)
            .Replace("\"minimumAssemblyRate\": 50", "\"minimumAssemblyRate\": 45", StringComparison.Ordinal);
        var library = ReferenceLibrary.WithOverrides(new Dictionary<string, string> { ["gbt-51129-2017-assembly-rate.json"] = corrected });
        var calculator = new GreenBuild.Standards.AssemblyRate.AssemblyRateCalculator(library);

        CalculationResult<GreenBuild.Standards.AssemblyRate.AssemblyRateOutcome> result = calculator.Calculate(Samples.Assembly());

        Assert.True(result.Valid().IsPrefabricated);
        Assert.Equal("2017.2-admin", Assert.Single(result.Explanation.References).Version);
    }

    [Fact]
    public void A_reference_file_without_its_source_is_rejected()
    {
        string broken = ReadEmbedded("gbt-2589-2020-standard-coal.json").Replace("\"source\"", "\"origin\"", StringComparison.Ordinal);
        var library = ReferenceLibrary.WithOverrides(new Dictionary<string, string> { ["gbt-2589-2020-standard-coal.json"] = broken });

        Assert.Throws<InvalidOperationException>(() => library.Get("gbt-2589-2020-standard-coal.json"));
    }

    private static string ReadEmbedded(string file)
    {
        using Stream stream = Library.GetManifestResourceStream(Prefix + file)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<string> Statuses(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name.EndsWith("status", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String
                ? [p.Value.GetString()!]
                : Statuses(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Statuses),
        _ => [],
    };
}
