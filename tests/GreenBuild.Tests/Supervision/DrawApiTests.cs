using System.Net;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Supervision;

/// <summary>The public verification over HTTP: the API and the page, both without signing in.</summary>
public sealed class DrawApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Pool25 = string.Join('\n', Enumerable.Range(1, 25).Select(i => $"{i:00}"));

    [Fact]
    public async Task Anyone_can_recompute_the_rfc_example_with_every_step()
    {
        var response = await app.Anonymous().PostJsonAsync("/api/v1/draw/verify", new
        {
            candidates = Pool25, count = 10, sources = Rfc3797DrawTests.ExampleSources, digest = DrawCommandTests.Pool25Digest,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(Rfc3797DrawTests.ExampleKey, body.GetProperty("key").GetString());
        Assert.True(body.GetProperty("digestMatches").GetBoolean());
        Assert.Equal(DrawCommandTests.Pool25Digest, body.GetProperty("sha256").GetString());
        var first = body.GetProperty("steps")[0];
        Assert.Equal("990DD0A5692A029A98B5E01AA28F3459", first.GetProperty("md5").GetString());
        Assert.Equal(25, first.GetProperty("remaining").GetInt32());
        Assert.Equal(1, first.GetProperty("index").GetInt32());
        Assert.Equal([17, 7, 2, 16, 25, 23, 8, 24, 19, 13], body.GetProperty("selected").EnumerateArray().Select(p => p.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task A_changed_list_gives_a_different_digest_and_says_it_does_not_match()
    {
        var response = await app.Anonymous().PostJsonAsync("/api/v1/draw/verify", new
        {
            candidates = Pool25.Replace("17", "17b", StringComparison.Ordinal), count = 10, sources = Rfc3797DrawTests.ExampleSources, digest = DrawCommandTests.Pool25Digest,
        });
        var body = await response.ReadJsonAsync();
        Assert.False(body.GetProperty("digestMatches").GetBoolean());
        Assert.NotEqual(DrawCommandTests.Pool25Digest, body.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Bad_inputs_get_400_with_chinese_messages_by_field()
    {
        var response = await app.Anonymous().PostJsonAsync("/api/v1/draw/verify", new
        {
            candidates = "A\nB\n", count = 3, sources = new[] { "双色球=1 2 3", "双色球=1 2 4", "x9" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("同名但数值不同", errors.GetProperty("sources[1]")[0].GetString());
        Assert.Contains("“x9”不是非负整数", errors.GetProperty("sources[2]")[0].GetString());
    }

    [Fact]
    public async Task Too_few_candidates_is_a_400_naming_the_count()
    {
        var response = await app.Anonymous().PostJsonAsync("/api/v1/draw/verify", new { candidates = "A\nB\n", count = 3, sources = new[] { "9319" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("候选只有 2 个，少于要抽取的 3 个", (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("count")[0].GetString());
    }

    [Fact]
    public async Task The_public_page_shows_the_digest_key_steps_and_result_without_sign_in()
    {
        var client = app.CookieClient("draw", out _);
        var token = await GreenBuildApp.AntiforgeryToken(client, "/draw/verify?example=rfc3797");
        var response = await client.PostAsync("/draw/verify", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Candidates"] = Pool25, ["Count"] = "3",
            ["Sources"] = "9319\r\n2 5 12 8 10\r\n9 18 26 34 41 45", ["Avoid"] = "07\t本单位职工", ["Digest"] = DrawCommandTests.Pool25Digest,
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(DrawCommandTests.Pool25Digest, html);
        Assert.Contains(Rfc3797DrawTests.ExampleKey, html);
        Assert.Contains("990DD0A5692A029A98B5E01AA28F3459", html);
        Assert.Contains("本单位职工", html);
        Assert.Contains("与公告的摘要一致", html);
    }

    [Fact]
    public async Task The_page_names_a_bad_source_in_chinese()
    {
        var client = app.CookieClient("draw-bad", out _);
        var token = await GreenBuildApp.AntiforgeryToken(client, "/draw/verify");
        var response = await client.PostAsync("/draw/verify", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Candidates"] = Pool25, ["Count"] = "3", ["Sources"] = "9319\n<script>",
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("随机源 #2：“&lt;script&gt;”不是非负整数", html);
    }
}
