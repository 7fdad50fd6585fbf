using System.Text.Json;
using System.Text.Json.Serialization;

namespace GreenBuild.Projects.Rules;

/// <summary>
/// The rule sets shipped with GreenBuild (embedded JSON under Projects/Rules/Data), each checked when loaded:
/// a rule naming an unknown field or operator, an unparsable value, a duplicated code or an inverted validity
/// period makes the whole set unusable, with every problem listed.
/// </summary>
public static class ShippedRuleSets
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<RuleSet>> All = new(() =>
        [.. typeof(ShippedRuleSets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("GreenBuild.Projects.Rules.Data.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Load)]);

    public static IReadOnlyList<RuleSet> Versions => All.Value;

    /// <summary>The newest published version.</summary>
    public static RuleSet Current => All.Value.MaxBy(r => r.PublishedOn)!;

    public static RuleSet? Version(string version) => All.Value.FirstOrDefault(r => r.Version == version);

    public static RuleSet Parse(string json)
    {
        var set = JsonSerializer.Deserialize<RuleSet>(json, Json) ?? throw new InvalidDataException("empty rule set");
        var problems = Problems(set).ToList();
        return problems.Count == 0 ? set : throw new InvalidDataException($"rule set {set.Version}: " + string.Join("; ", problems));
    }

    public static IEnumerable<string> Problems(RuleSet set)
    {
        foreach (var duplicate in set.Rules.GroupBy(r => r.Code).Where(g => g.Count() > 1))
        {
            yield return $"rule code {duplicate.Key} is used {duplicate.Count()} times";
        }

        foreach (var rule in set.Rules)
        {
            if (!RuleFields.IsKnown(rule.Requires.Field))
            {
                yield return $"{rule.Code}: unknown field {rule.Requires.Field} (known: {string.Join(", ", RuleFields.Names)})";
                continue;
            }

            if (!RuleFields.Operators.Contains(rule.Requires.Operator))
            {
                yield return $"{rule.Code}: unknown operator {rule.Requires.Operator}";
            }

            if (RuleFields.Parse(rule.Requires.Field, rule.Requires.Value) is null)
            {
                yield return $"{rule.Code}: value {rule.Requires.Value} is not valid for {rule.Requires.Field}";
            }

            if (rule.ValidTo <= rule.ValidFrom)
            {
                yield return $"{rule.Code}: validTo {rule.ValidTo} is not after validFrom {rule.ValidFrom}";
            }

            if (string.IsNullOrWhiteSpace(rule.Source.Quote))
            {
                yield return $"{rule.Code}: the source must quote the plan sentence or the standard clause";
            }
        }
    }

    private static RuleSet Load(string resource)
    {
        using var stream = typeof(ShippedRuleSets).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
