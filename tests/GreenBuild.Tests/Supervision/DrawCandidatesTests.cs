using GreenBuild.Supervision.Draw;

namespace GreenBuild.Tests.Supervision;

/// <summary>Drawing from a published list: RFC 3797's order, avoidance by skipping, and the errors of a draw that cannot be made.</summary>
public sealed class DrawCandidatesTests
{
    private static readonly CandidateList Pool25 = CandidateList.Of(Enumerable.Range(1, 25).Select(i => $"C{i:00}"));

    private static DrawKey ExampleKey => DrawKey.From([.. Rfc3797DrawTests.ExampleSources.Select(DrawSource.Parse)]).Value!;

    [Fact]
    public void Without_avoidance_the_draw_is_the_rfc_example()
    {
        var result = DrawCandidates.Run(Pool25, 10, ExampleKey).Value!;
        Assert.Equal([17, 7, 2, 16, 25, 23, 8, 24, 19, 13], result.Selected.Select(s => s.Rfc.Position));
        Assert.Equal("C17", result.Selected[0].Candidate);
        Assert.Equal(10, result.Steps.Count);
    }

    [Fact]
    public void An_avoided_candidate_is_skipped_and_recorded_and_the_draw_continues_with_the_next_counter()
    {
        var avoided = new Dictionary<string, string> { ["C07"] = "本单位", ["C16"] = "上次已检查" };
        var result = DrawCandidates.Run(Pool25, 3, ExampleKey, (id, _) => avoided.GetValueOrDefault(id)).Value!;
        Assert.Equal([17, 7, 2, 16, 25], result.Steps.Select(s => s.Rfc.Position));
        Assert.Equal([0, 1, 2, 3, 4], result.Steps.Select(s => s.Rfc.Counter));
        Assert.Equal(["C17", "C02", "C25"], result.Selected.Select(s => s.Candidate));
        Assert.Equal([("C07", "本单位"), ("C16", "上次已检查")], result.Skipped.Select(s => (s.Candidate, s.SkipReason!)));
    }

    [Fact]
    public void Avoidance_filters_the_rfc_sequence_and_never_reorders_it()
    {
        var rfc = Rfc3797.Steps(ExampleKey.Key, 25).Select(s => $"C{s.Position:00}").ToList();
        var odd = DrawCandidates.Run(Pool25, 8, ExampleKey, (id, _) => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0 ? "偶数" : null).Value!;
        Assert.Equal(rfc.Where(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1).Take(8), odd.Selected.Select(s => s.Candidate));
    }

    [Fact]
    public void A_rule_may_look_at_those_already_chosen()
    {
        var result = DrawCandidates.Run(Pool25, 3, ExampleKey, (id, chosen) => chosen.Any(c => c[1] == id[1]) ? "同组已抽中" : null).Value!;
        Assert.Equal(3, result.Selected.Select(s => s.Candidate[1]).Distinct().Count());
    }

    [Fact]
    public void Fewer_candidates_than_requested_is_an_error_naming_the_count()
    {
        var outcome = DrawCandidates.Run(CandidateList.Of(["A", "B"]), 3, ExampleKey);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("count", error.Field);
        Assert.Equal("抽取数量：候选只有 2 个，少于要抽取的 3 个。", DrawInputTests.Message(error));
    }

    [Fact]
    public void Avoidance_that_leaves_too_few_is_an_error_not_a_short_draw()
    {
        var outcome = DrawCandidates.Run(Pool25, 3, ExampleKey, (id, _) => id == "C01" || id == "C02" ? null : "回避");
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("draw.avoidance.exhausted", "avoid"), (error.Code, error.Field));
        Assert.Equal("回避名单：25 个候选中按回避规则跳过 23 个后只抽中 2 个，少于要抽取的 3 个。", DrawInputTests.Message(error));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_count_below_one_is_refused(int count)
    {
        Assert.Equal("draw.count.range", Assert.Single(DrawCandidates.Run(Pool25, count, ExampleKey).Errors).Code);
    }
}
