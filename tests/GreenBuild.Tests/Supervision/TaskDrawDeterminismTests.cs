using GreenBuild.Cli;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Supervision;

/// <summary>
/// The same announced inputs give the same draw on SQLite and PostgreSQL and in any culture (the expected
/// selections below are literals, so both databases must reach them), and a stored list altered after the draw is
/// caught by the public re-verification and by <c>greenbuild draw verify --task</c>.
/// </summary>
public abstract class TaskDrawDeterminismTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Draw 1: the objects; draws 2–4: two inspectors for each, in the objects' draw order. JZ-P02 is the developer's
    /// product, so its draw (3) skips JZ-I01, the developer's inspector. Checked by hand with Python's hashlib: key
    /// 2.5.5./0.1.3.7.9./1./ on JZ-P01…08 gives P03, P02, P04.
    /// </summary>
    public static readonly string[][] Expected =
    [
        ["JZ-P03", "JZ-P02", "JZ-P04"], ["JZ-I03", "JZ-I01"], ["JZ-I04", "JZ-I03"], ["JZ-I02", "JZ-I05"],
    ];

    private async Task<(Guid Id, string Code)> DrawnTaskAsync(string prefix, string city)
    {
        var province = await SupervisionScenario.AsAsync(app);
        for (var i = 1; i <= 8; i++)
        {
            await province.ProductAsync($"{prefix}-P{i:00}", city[..4] + "02", type: "门窗", organization: i == 2 ? SupervisionScenario.Developer : null);
        }

        for (var i = 1; i <= 5; i++)
        {
            await province.InspectorAsync($"{prefix}-I{i:00}", city, organization: i == 1 ? SupervisionScenario.Developer : SupervisionScenario.Institute);
        }

        var task = await province.DrawnAsync(province.ProductTask(city, 3, inspectors: 2, organizer: city));
        return (task.GetProperty("id").GetGuid(), task.GetProperty("code").GetString()!);
    }

    [Fact]
    public async Task The_same_inputs_give_the_same_draw_on_either_database_and_in_any_culture()
    {
        var (id, _) = await DrawnTaskAsync("JZ", "140700");
        var task = await (await (await app.SignedInAs(GreenBuild.Platform.Accounts.Roles.ProvinceAdmin)).GetAsync($"/api/v1/supervision/tasks/{id}", Ct)).ReadJsonAsync();
        var selections = task.GetProperty("draws").EnumerateArray().Select(d => d.GetProperty("selected").EnumerateArray().Select(s => s.GetString()!).ToArray()).ToArray();
        Assert.Equal(Expected, selections);

        await using var scope = app.Services.CreateAsyncScope();
        var stored = await TasksOf(scope).FirstAsync(t => t.Id == id, Ct);
        foreach (var culture in new[] { "zh-CN", "en-US", "tr-TR", "ar-SA", "th-TH", "" })
        {
            using var _ = new CultureScope(culture);
            var checks = VerifyTaskDraws.Check(stored);
            Assert.All(checks, c => Assert.True(c.Ok));
            Assert.Equal(Expected, checks.Select(c => c.Verification!.Result.Selected.Select(s => s.Candidate).ToArray()).ToArray());
        }
    }

    [Fact]
    public async Task A_stored_list_altered_after_the_draw_is_caught_by_the_public_verification_and_the_cli()
    {
        var (id, code) = await DrawnTaskAsync("YC", "140800");
        Assert.Equal(ExitCodes.Ok, (await Cli(["draw", "verify", "--task", code, "--db", app.ConnectionString])).Code);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // someone with database access swaps a candidate after the draw
            var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
            await db.Set<TaskList>().Where(l => l.TaskId == id && l.Kind == TaskListKind.Objects)
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.CanonicalText, l => l.CanonicalText.Replace("YC-P05", "YC-P09")), Ct);
        }

        var verification = await (await app.Anonymous().GetAsync($"/api/v1/supervision/public/tasks/{id}/verification", Ct)).ReadJsonAsync();
        Assert.False(verification[0].GetProperty("digestMatches").GetBoolean());
        Assert.True(verification[1].GetProperty("digestMatches").GetBoolean());

        var (exit, output, error) = await Cli(["draw", "verify", "--task", code, "--db", app.ConnectionString]);
        Assert.Equal(ExitCodes.Refused, exit);
        Assert.Contains("名单摘要不一致", error);
        Assert.Contains("1 次抽取（共 4 次）复核不一致", error);
        Assert.Contains("#2\tInspectors", output);
    }

    [Fact]
    public async Task The_cli_refuses_a_task_code_it_does_not_know_and_arguments_of_both_kinds()
    {
        Assert.Equal(ExitCodes.Refused, (await Cli(["draw", "verify", "--task", "JC-none", "--db", app.ConnectionString])).Code);
        var (exit, _, error) = await Cli(["draw", "verify", "--task", "x", "--count", "3"]);
        Assert.Equal(ExitCodes.BadArguments, exit);
        Assert.Contains("--task", error);
    }

    private static IQueryable<InspectionTask> TasksOf(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<InspectionTask>().AsNoTracking().Include(t => t.Sources).Include(t => t.Lists).Include(t => t.Draws).AsSplitQuery();

    private static async Task<(int Code, string Output, string Error)> Cli(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GreenBuildCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public sealed class TaskDrawDeterminismTestsOnSqlite(SqliteApp app) : TaskDrawDeterminismTests(app), IClassFixture<SqliteApp>;

public sealed class TaskDrawDeterminismTestsOnPostgres(PostgresApp app) : TaskDrawDeterminismTests(app), IClassFixture<PostgresApp>;
