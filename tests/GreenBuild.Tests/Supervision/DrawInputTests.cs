using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Draw;

namespace GreenBuild.Tests.Supervision;

/// <summary>Candidate lists and random sources as published: the documented order, the digest, and errors that name the field in Chinese.</summary>
public sealed class DrawInputTests
{
    private static readonly IReadOnlyDictionary<string, string> Zh = JsonStringLocalizer.TableFor("zh-CN");

    [Fact]
    public void The_canonical_list_is_one_id_per_lf_terminated_line_and_its_sha256_is_published()
    {
        var list = CandidateList.Parse("b\r\n\r\n  a  \n").Value!;
        Assert.Equal(["a", "b"], list.Ids);
        Assert.Equal("a\nb\n", list.CanonicalText);
        Assert.Equal("911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2", list.Sha256);
    }

    [Fact]
    public void The_order_is_by_utf8_bytes_as_lc_all_c_sort_orders_it()
    {
        var list = CandidateList.Of(["é", "a", "Z", "\U0001F600", "\uFF5E", "10", "9"]);
        Assert.Equal(["10", "9", "Z", "a", "é", "\uFF5E", "\U0001F600"], list.Ids);
    }

    [Fact]
    public void Reordering_the_list_keeps_the_digest_and_changing_one_id_changes_it()
    {
        var published = CandidateList.Parse("P-001\nP-002\nP-003\n").Value!;
        Assert.Equal(published.Sha256, CandidateList.Parse("P-003\nP-001\nP-002").Value!.Sha256);
        Assert.NotEqual(published.Sha256, CandidateList.Parse("P-001\nP-002\nP-004").Value!.Sha256);
    }

    [Fact]
    public void A_duplicated_candidate_is_refused_naming_both_lines()
    {
        var outcome = CandidateList.Parse("A\nB\nA\n");
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("candidates", error.Field);
        Assert.Equal("候选名单第 3 行：“A”与第 1 行重复。", Message(error));
    }

    [Theory]
    [InlineData("2 5 x", "随机源 #1：“x”不是非负整数")]
    [InlineData("3.14", "随机源 #1：“3.14”不是非负整数")]
    [InlineData("-5", "随机源 #1：“-5”不是非负整数")]
    [InlineData("福彩=  ", "随机源 #1 福彩：没有数值。")]
    public void A_source_value_that_is_not_a_non_negative_integer_is_named(string line, string message)
    {
        var outcome = DrawKey.From([DrawSource.Parse(line)]);
        Assert.False(outcome.Succeeded);
        Assert.Equal("sources[0]", outcome.Errors[0].Field);
        Assert.StartsWith(message, Message(outcome.Errors[0]));
    }

    [Fact]
    public void A_source_entered_twice_with_different_values_is_a_contradiction()
    {
        var outcome = DrawKey.From([DrawSource.Parse("双色球=1 2 3"), DrawSource.Parse("9319"), DrawSource.Parse("双色球=1 2 4")]);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("draw.source.contradiction", "sources[2]"), (error.Code, error.Field));
        Assert.Equal("随机源 #3 双色球：与第 1 项同名但数值不同（“1 2 3”与“1 2 4”），请核对公告。", Message(error));
    }

    [Fact]
    public void A_source_entered_twice_with_the_same_values_is_a_duplicate()
    {
        var named = DrawKey.From([DrawSource.Parse("双色球=1 2 3"), DrawSource.Parse("双色球=3 2 1")]);
        Assert.Equal("draw.source.duplicate", Assert.Single(named.Errors).Code);
        var unnamed = DrawKey.From([DrawSource.Parse("1 2 3"), DrawSource.Parse("3,2,1")]);
        Assert.Equal("随机源 #2：与第 1 项重复录入。", Message(Assert.Single(unnamed.Errors)));
        Assert.True(DrawKey.From([DrawSource.Parse("甲=7"), DrawSource.Parse("乙=7")]).Succeeded);
    }

    [Fact]
    public void No_source_at_all_is_refused()
    {
        Assert.Equal("随机源：至少需要一个。", Message(Assert.Single(DrawKey.From([]).Errors)));
    }

    [Fact]
    public void Every_draw_text_exists_in_both_languages()
    {
        var en = JsonStringLocalizer.TableFor("en");
        var keys = Zh.Keys.Where(k => k.StartsWith("draw.", StringComparison.Ordinal) || k.StartsWith("cli.draw", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.True(en.ContainsKey(k), k));
    }

    internal static string Message(GreenBuild.Platform.Accounts.PlatformError error) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Zh[error.MessageKey], error.Arguments);
}
