using System.Text.Json;
using System.Text.Json.Serialization;

namespace GreenBuild.Standards;

/// <summary>The JSON reading rules of calculator inputs: any name casing, enums as strings, no unknown fields.</summary>
internal static class InputJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
