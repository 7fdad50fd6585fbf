using System.Text.Json;
using System.Text.Json.Serialization;

namespace GreenBuild.Projects.Rules;

/// <summary>
/// The rule sets shipped with GreenBuild (embedded JSON under Projects/Rules/Data), each checked when loaded:
/// a rule naming an unknown field or operator, an unparsable value, a duplicated code or an inverted validity
/// period makes the whole set unusable, with every problem listed (in Chinese: the province reads them when it publishes a version).
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
        var set = JsonSerializer.Deserialize<RuleSet>(json, Json) ?? throw new InvalidDataException("规则集为空");
        var problems = Problems(set).ToList();
        return problems.Count == 0 ? set : throw new InvalidDataException($"规则集 {set.Version}：" + string.Join("；", problems));
    }

    public static IEnumerable<string> Problems(RuleSet set)
    {
        foreach (var duplicate in set.Rules.GroupBy(r => r.Code).Where(g => g.Count() > 1))
        {
            yield return $"规则编码 {duplicate.Key} 重复 {duplicate.Count()} 次";
        }

        foreach (var rule in set.Rules)
        {
            if (!RuleFields.IsKnown(rule.Requires.Field))
            {
                yield return $"{rule.Code}：未知字段 {rule.Requires.Field}（可用字段：{string.Join(", ", RuleFields.Names)}）";
                continue;
            }

            if (!RuleFields.Operators.Contains(rule.Requires.Operator))
            {
                yield return $"{rule.Code}：未知运算符 {rule.Requires.Operator}";
            }

            if (RuleFields.Parse(rule.Requires.Field, rule.Requires.Value) is null)
            {
                yield return $"{rule.Code}：值 {rule.Requires.Value} 不适用于字段 {rule.Requires.Field}";
            }

            if (rule.ValidTo <= rule.ValidFrom)
            {
                yield return $"{rule.Code}：失效日期 validTo {rule.ValidTo:yyyy-MM-dd} 不晚于生效日期 validFrom {rule.ValidFrom:yyyy-MM-dd}";
            }

            if (string.IsNullOrWhiteSpace(rule.Source.Quote))
            {
                yield return $"{rule.Code}：出处必须引用规划原句或标准条文（source.quote）";
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
