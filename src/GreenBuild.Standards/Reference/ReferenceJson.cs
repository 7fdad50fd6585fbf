using System.Text.Json;
using System.Text.Json.Serialization;

namespace GreenBuild.Standards.Reference;

/// <summary>Reads the "data" member of a reference table into its internal shape.</summary>
internal static class ReferenceJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static T Read<T>(ReferenceDocument document) =>
        document.Data.Deserialize<T>(Options)
        ?? throw new InvalidOperationException($"Reference file {document.File} has an empty data member.");
}
