using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;

namespace GreenBuild.Tests.Supervision;

/// <summary>Stratified sampling: ratio rounds up per stratum; a count is shared out by largest remainder in stratum order.</summary>
public sealed class StrataTests
{
    private static List<ListMember> Members(params (string City, string Type, int Count)[] groups) =>
        [.. groups.SelectMany(g => Enumerable.Range(1, g.Count).Select(i => new ListMember($"{g.City}-{g.Type}-{i:000}", "x", g.City, g.Type, null)))];

    private static InspectionTask Task(SampleMode mode, decimal value, Stratification stratification) => new()
    {
        Code = "T", Title = "T", CityCode = InspectionTask.ProvinceCode, CreatedBy = "t", SampleMode = mode, SampleValue = value, Stratification = stratification,
    };

    [Fact]
    public void A_ratio_takes_the_rounded_up_share_of_each_stratum()
    {
        var strata = Strata.Allocate(Task(SampleMode.Ratio, 10, Stratification.City), Members(("140100", "a", 25), ("140200", "a", 3), ("140300", "a", 10)));
        Assert.Equal([("140100", 3), ("140200", 1), ("140300", 1)], strata.Select(s => (s.Key, s.Count)));
    }

    [Fact]
    public void A_count_is_shared_by_largest_remainder_and_ties_go_to_the_first_stratum()
    {
        // 7 of 10 + 6 + 4 = 20: quotas 3.5, 2.1, 1.4 → 3, 2, 1 and the one left goes to the largest fraction (.5)
        var strata = Strata.Allocate(Task(SampleMode.Count, 7, Stratification.City), Members(("140100", "a", 10), ("140200", "a", 6), ("140300", "a", 4)));
        Assert.Equal([("140100", 4), ("140200", 2), ("140300", 1)], strata.Select(s => (s.Key, s.Count)));
        // 3 of 2 + 2 + 2: quotas 1, 1, 1 exactly
        Assert.Equal([1, 1, 1], Strata.Allocate(Task(SampleMode.Count, 3, Stratification.Type), Members(("140100", "a", 2), ("140100", "b", 2), ("140100", "c", 2))).Select(s => s.Count));
        // 1 of 2 + 2: a tie of .5 and .5 goes to the first in order
        Assert.Equal([1, 0], Strata.Allocate(Task(SampleMode.Count, 1, Stratification.City), Members(("140100", "a", 2), ("140200", "a", 2))).Select(s => s.Count));
    }

    [Fact]
    public void Strata_by_city_and_type_are_keyed_and_ordered_by_prefecture_then_type()
    {
        var strata = Strata.Allocate(Task(SampleMode.Count, 2, Stratification.CityAndType), Members(("140202", "门窗", 1), ("140105", "保温", 1), ("140106", "门窗", 2)));
        Assert.Equal(["140100/保温", "140100/门窗", "140200/门窗"], strata.Select(s => s.Key));
        Assert.Equal(4, strata.Sum(s => s.Members.Count));
        Assert.Equal(2, strata.Sum(s => s.Count));
    }
}
