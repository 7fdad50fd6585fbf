using GreenBuild.Cli;

namespace GreenBuild.Tests.Supervision;

/// <summary><c>greenbuild draw</c>: the bare RFC 3797 computation, and verification of a published list that detects tampering.</summary>
public sealed class DrawCommandTests
{
    private static readonly string[] Sources = ["--source", "9319", "--source", "2 5 12 8 10", "--source", "9 18 26 34 41 45"];

    [Fact]
    public async Task Compute_prints_the_positions_of_rfc_3797_section_6_one_per_line()
    {
        var (code, output, error) = await Run(["draw", "compute", "--pool", "25", "--count", "16", .. Sources]);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        Assert.Equal("17\n7\n2\n16\n25\n23\n8\n24\n19\n13\n22\n5\n18\n9\n1\n4\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Compute_with_steps_prints_the_key_and_the_rfc_table()
    {
        var (code, output, _) = await Run(["draw", "compute", "--pool", "25", "--count", "2", "--steps", .. Sources]);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(Rfc3797DrawTests.ExampleKey, output);
        Assert.Contains("    1  990DD0A5692A029A98B5E01AA28F3459   25  -> 17 <-", output);
        Assert.Contains("    2  3691E55CB63FCC37914430B2F70B5EC6   24  ->  7 <-", output);
    }

    [Fact]
    public async Task Compute_refuses_a_source_with_text_naming_it()
    {
        var (code, _, error) = await Run(["draw", "compute", "--pool", "25", "--count", "3", "--source", "9319", "--source", "2 5 十二"]);
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("随机源 #2：“十二”不是非负整数", error);
    }

    [Fact]
    public async Task Compute_refuses_more_than_the_pool()
    {
        var (code, _, error) = await Run(["draw", "compute", "--pool", "5", "--count", "6", .. Sources]);
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("候选只有 5 个，少于要抽取的 6 个", error);
    }

    [Fact]
    public async Task Verify_prints_the_digest_and_the_selected_candidates_when_the_list_is_the_announced_one()
    {
        var file = Temp(string.Join('\n', Enumerable.Range(1, 25).Select(i => $"{i:00}")));
        var (code, output, _) = await Run(["draw", "verify", "--candidates", file, "--count", "3", "--digest", Pool25Digest, .. Sources]);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(Pool25Digest, output);
        Assert.Contains("与公告的摘要一致", output);
        Assert.EndsWith("17\t17\n7\t07\n2\t02\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Verify_detects_a_tampered_list_with_exit_code_1()
    {
        var file = Temp(string.Join('\n', Enumerable.Range(1, 25).Select(i => i == 17 ? "17x" : $"{i:00}")));
        var (code, output, error) = await Run(["draw", "verify", "--candidates", file, "--count", "3", "--digest", Pool25Digest, .. Sources]);
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("名单摘要不一致", error);
        Assert.Contains(Pool25Digest, error);
        Assert.DoesNotContain("17x", output);
    }

    [Fact]
    public async Task Verify_skips_the_avoided_and_says_so()
    {
        var file = Temp(string.Join('\n', Enumerable.Range(1, 25).Select(i => $"{i:00}")));
        var avoid = Temp("07\t本单位职工\n");
        var (code, output, _) = await Run(["draw", "verify", "--candidates", file, "--count", "2", "--avoid", avoid, .. Sources]);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("第 2 步 位置 7（07）回避跳过：本单位职工", output);
        Assert.EndsWith("17\t17\n2\t02\n", output.ReplaceLineEndings("\n"));
    }

    /// <summary>SHA-256 of "01\n02\n…25\n" (as <c>seq -w 1 25 | sha256sum</c> prints it).</summary>
    internal const string Pool25Digest = "fe645b0567bbee81ddefbb6c561210ef36dbe38d12009129850b28597b68bda0";

    private static string Temp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"greenbuild-draw-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GreenBuildCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
