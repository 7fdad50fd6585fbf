using System.Text.Json;
using System.Text.Json.Nodes;
using Sylvan.Data.Csv;

namespace GreenBuild.Calculators;

/// <summary>
/// Many buildings at once (<c>greenbuild calc NAME --input FILE</c>): a JSON object or array, or a CSV whose
/// columns are the calculator's form fields (e.g. <c>categories.safety</c>); each record is calculated alone.
/// </summary>
public static class CalculatorBatch
{
    /// <summary>The input records as JSON texts, or the first reason the file cannot be read.</summary>
    public static (IReadOnlyList<string> Records, string? Error) Read(string path, Type inputType)
    {
        try
        {
            return Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
                ? (ReadCsv(path, inputType), null)
                : (ReadJson(File.ReadAllText(path)), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            return ([], ex.Message);
        }
    }

    private static List<string> ReadJson(string text) => JsonNode.Parse(text) switch
    {
        JsonArray array => [.. array.Select(item => item?.ToJsonString() ?? "null")],
        var single => [single?.ToJsonString() ?? "null"],
    };

    private static List<string> ReadCsv(string path, Type inputType)
    {
        var fields = CalculatorForm.FieldsOf(inputType);
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var unknown = columns.Where(c => !fields.Any(f => f.Path.Equals(c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"unknown columns: {string.Join(", ", unknown)}; known: {string.Join(", ", fields.Select(f => f.Path))}");
        }

        var records = new List<string>();
        var row = 1;
        while (reader.Read())
        {
            row++;
            var values = columns.Select((c, i) => (c, reader.GetString(i)))
                .ToDictionary(x => fields.First(f => f.Path.Equals(x.c, StringComparison.OrdinalIgnoreCase)).Path, x => (string?)x.Item2);
            var (json, errors) = CalculatorForm.ToJson(fields, values);
            if (errors.Count > 0)
            {
                throw new FormatException(string.Join("; ", errors.Select(e => $"row {row}, column {e.Field}: \"{e.Value}\"")));
            }

            records.Add(json.ToJsonString());
        }

        return records;
    }
}
