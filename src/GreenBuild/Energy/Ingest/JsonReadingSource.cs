using System.Globalization;
using System.Text.Json;

namespace GreenBuild.Energy.Ingest;

/// <summary>JSON batches: an array of {"meter", "time", "value", "unit"} objects, streamed (line n = the n-th object + 1).</summary>
internal static class JsonReadingSource
{
    public static async Task ReadAsync(Stream body, IReadingSink sink, CancellationToken cancellationToken)
    {
        var line = 1;
        try
        {
            await foreach (var item in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, cancellationToken: cancellationToken))
            {
                line++;
                if (!sink.Accepting)
                {
                    return;
                }

                if (item.ValueKind != JsonValueKind.Object)
                {
                    sink.Malformed(line, item.ValueKind.ToString());
                    continue;
                }

                if (sink.Line(line, Field(item, "meter"), Field(item, "time"), Field(item, "value"), Field(item, "unit")))
                {
                    await sink.FlushAsync(cancellationToken);
                }
            }
        }
        catch (JsonException e)
        {
            sink.Unreadable("energy.json", "error.energy.json", line, e.Message);
        }
    }

    private static string Field(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            _ => value.GetRawText().ToString(CultureInfo.InvariantCulture),
        } : "";
}
