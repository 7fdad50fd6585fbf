using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GreenBuild.Calculators;

/// <summary>How a field is entered.</summary>
public enum FieldKind
{
    Number,
    WholeNumber,
    Text,
    Flag,
    Choice,
    Json,
}

/// <summary>One field of a calculator's form: a dotted JSON path such as <c>categories.safety</c>.</summary>
public sealed record FormField(string Path, FieldKind Kind, bool Optional, IReadOnlyList<string> Choices);

/// <summary>
/// Turns a calculator's input record into flat fields — scalars, enums and flags, nested records one level
/// deep as <c>parent.child</c>, lists as JSON — and flat values (a form post, a CSV row) back into the JSON
/// the calculator reads. The same mapping serves the UI form and <c>greenbuild calc</c>'s CSV input, so
/// both name the same fields.
/// </summary>
public static class CalculatorForm
{
    public static IReadOnlyList<FormField> FieldsOf(Type inputType) => [.. Fields(inputType, "", depth: 0)];

    /// <summary>Builds the input JSON from flat values; returns the errors (field, message key) of values that are not of their field's kind.</summary>
    public static (JsonObject Json, IReadOnlyList<(string Field, string Value)> Errors) ToJson(
        IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?> values)
    {
        var root = new JsonObject();
        var errors = new List<(string, string)>();
        foreach (var field in fields)
        {
            var raw = values.TryGetValue(field.Path, out var v) ? v?.Trim() : null;
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            JsonNode? node = field.Kind switch
            {
                FieldKind.Number => decimal.TryParse(raw, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : null,
                FieldKind.WholeNumber => int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? JsonValue.Create(i) : null,
                FieldKind.Flag => bool.TryParse(raw, out var b) ? JsonValue.Create(b) : raw is "on" or "1" or "是" ? JsonValue.Create(true) : raw is "0" or "否" ? JsonValue.Create(false) : null,
                FieldKind.Choice => field.Choices.Contains(raw) ? JsonValue.Create(raw) : null,
                FieldKind.Json => TryParseJson(raw),
                _ => JsonValue.Create(raw),
            };
            if (node is null)
            {
                errors.Add((field.Path, raw));
                continue;
            }

            Place(root, field.Path, node);
        }

        return (root, errors);
    }

    /// <summary>The flat values of an input JSON (to fill a form from an example or a previous post).</summary>
    public static Dictionary<string, string?> ToValues(IReadOnlyList<FormField> fields, string json)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var root = JsonNode.Parse(json);
        foreach (var field in fields)
        {
            JsonNode? node = root;
            foreach (var part in field.Path.Split('.'))
            {
                node = node is JsonObject o ? o.FirstOrDefault(kv => string.Equals(kv.Key, part, StringComparison.OrdinalIgnoreCase)).Value : null;
            }

            values[field.Path] = node switch
            {
                null => null,
                JsonValue value when value.TryGetValue<string>(out var s) => s,
                JsonValue value => value.ToJsonString(),
                _ => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false }),
            };
        }

        return values;
    }

    private static IEnumerable<FormField> Fields(Type type, string prefix, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var path = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var optional = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;
            if (propertyType == typeof(decimal) || propertyType == typeof(double))
            {
                yield return new FormField(path, FieldKind.Number, optional, []);
            }
            else if (propertyType == typeof(int) || propertyType == typeof(long))
            {
                yield return new FormField(path, FieldKind.WholeNumber, optional, []);
            }
            else if (propertyType == typeof(bool))
            {
                yield return new FormField(path, FieldKind.Flag, optional, []);
            }
            else if (propertyType.IsEnum)
            {
                yield return new FormField(path, FieldKind.Choice, optional, Enum.GetNames(propertyType));
            }
            else if (propertyType == typeof(string))
            {
                yield return new FormField(path, FieldKind.Text, optional, []);
            }
            else if (typeof(IEnumerable).IsAssignableFrom(propertyType) || depth > 0)
            {
                yield return new FormField(path, FieldKind.Json, Optional: true, []);
            }
            else
            {
                foreach (var nested in Fields(propertyType, path + ".", depth + 1))
                {
                    yield return nested with { Optional = true };
                }
            }
        }
    }

    private static JsonNode? TryParseJson(string raw)
    {
        try
        {
            return JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Place(JsonObject root, string path, JsonNode node)
    {
        var parts = path.Split('.');
        var target = root;
        foreach (var part in parts[..^1])
        {
            if (target[part] is not JsonObject child)
            {
                child = new JsonObject();
                target[part] = child;
            }

            target = child;
        }

        target[parts[^1]] = node;
    }
}
