using GreenBuild.Cli;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Supervision;

/// <summary><c>greenbuild supervision</c> against a real database: list, announce, enter sources, draw, verify; refusals exit with 1 and say why.</summary>
public abstract class SupervisionCommandTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_operator_announces_enters_the_sources_draws_and_verifies_a_task_from_the_command_line()
    {
        var province = await SupervisionScenario.AsAsync(app);
        await province.ProductAsync("CL-P1", "140802", type: "命令行");
        await province.ProductAsync("CL-P2", "140802", type: "命令行");
        await province.InspectorAsync("CL-I1", "140800", specialties: "命令行");
        var code = (await province.CreateAsync(province.ProductTask("140800", 1, organizer: "140800", types: ["命令行"], specialties: ["命令行"],
            drawAt: DateTime.UtcNow.AddMinutes(1)))).GetProperty("code").GetString()!;
        var db = new[] { "--db", app.ConnectionString };

        var (exit, output, _) = await Cli(["supervision", "announce", "--task", code, .. db]);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("CL-P1\nCL-P2\n"u8.ToArray())), output);
        Assert.Contains(code, (await Cli(["supervision", "tasks", .. db])).Output);
        var early = await Cli(["supervision", "draw", "--task", code, .. db]);
        Assert.Equal(ExitCodes.Refused, early.Code);
        Assert.Contains("还未到公告的抽取时间", early.Error);

        Assert.Equal(ExitCodes.Ok, (await Cli(["supervision", "source", "--task", code, "--position", "1", "--values", "5 5 2", .. db])).Code);
        var twice = await Cli(["supervision", "source", "--task", code, "--position", "1", "--values", "5 5 9", .. db]);
        Assert.Equal(ExitCodes.Refused, twice.Code);
        Assert.Contains("已录入的值不能更改", twice.Error);
        Assert.Equal(ExitCodes.Ok, (await Cli(["supervision", "source", "--task", code, "--position", "2", "--values", "3 9 0 1 7", .. db])).Code);

        // the CLI runs on the real clock: move the stored draw time into the past instead of waiting a minute
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<InspectionTask>().Where(t => t.Code == code)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.DrawAtUtc, DateTime.UtcNow.AddMinutes(-1)), Ct);
        }

        var drawn = await Cli(["supervision", "draw", "--task", code, .. db]);
        Assert.Equal(ExitCodes.Ok, drawn.Code);
        Assert.Contains("#1\t-\t", drawn.Output);
        var verified = await Cli(["draw", "verify", "--task", code, .. db]);
        Assert.Equal(ExitCodes.Ok, verified.Code);
        Assert.Contains("全部 2 次抽取复核一致", verified.Output);
        Assert.Equal(ExitCodes.Ok, (await Cli(["supervision", "reminders", .. db])).Code);
        Assert.Equal(ExitCodes.Refused, (await Cli(["supervision", "draw", "--task", "JC-nothing", .. db])).Code);
    }

    private static async Task<(int Code, string Output, string Error)> Cli(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GreenBuildCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public sealed class SupervisionCommandTestsOnSqlite(SqliteApp app) : SupervisionCommandTests(app), IClassFixture<SqliteApp>;

public sealed class SupervisionCommandTestsOnPostgres(PostgresApp app) : SupervisionCommandTests(app), IClassFixture<PostgresApp>;
