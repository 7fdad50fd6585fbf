using GreenBuild.Platform.Places;
using GreenBuild.Supervision.Model;

namespace GreenBuild.Supervision.Tasks;

/// <summary>
/// 分层 — splits candidates into strata and says how many to draw from each. Ratio: ⌈size × ratio ÷ 100⌉ per
/// stratum. Count with strata: proportional allocation by largest remainder (Hamilton) — each stratum gets
/// ⌊N × size ÷ total⌋, the rest go one by one to the largest fractional parts, ties to the stratum first in
/// list order. Strata are ordered by their key (ordinal), the order their draws are numbered in.
/// </summary>
internal static class Strata
{
    public static string KeyOf(Stratification stratification, ListMember member) => stratification switch
    {
        Stratification.City => Place.PrefectureOf(member.City),
        Stratification.Type => member.Type,
        Stratification.CityAndType => Place.PrefectureOf(member.City) + "/" + member.Type,
        _ => "",
    };

    public static IReadOnlyList<(string Key, IReadOnlyList<ListMember> Members, int Count)> Allocate(InspectionTask task, IReadOnlyList<ListMember> members)
    {
        var groups = members.GroupBy(m => KeyOf(task.Stratification, m), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Members: (IReadOnlyList<ListMember>)[.. g]))
            .ToList();
        if (task.SampleMode == SampleMode.Ratio)
        {
            return [.. groups.Select(g => (g.Key, g.Members, (int)Math.Ceiling(g.Members.Count * task.SampleValue / 100m)))];
        }

        var total = members.Count;
        var wanted = (int)task.SampleValue;
        var quotas = groups.Select(g => (decimal)wanted * g.Members.Count / total).ToList();
        var counts = quotas.Select(q => (int)decimal.Floor(q)).ToList();
        var rest = wanted - counts.Sum();
        foreach (var index in quotas.Select((q, i) => (Fraction: q - decimal.Floor(q), Index: i)).OrderByDescending(x => x.Fraction).ThenBy(x => x.Index).Take(rest))
        {
            counts[index.Index]++;
        }

        return [.. groups.Select((g, i) => (g.Key, g.Members, counts[i]))];
    }
}
