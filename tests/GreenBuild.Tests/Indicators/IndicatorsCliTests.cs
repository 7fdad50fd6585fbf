using GreenBuild.Cli;
using GreenBuild.Indicators.Import;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Indicators;

/// <summary><c>greenbuild indicators list|report|assess</c> against a real database, with their exit codes.</summary>
public abstract class IndicatorsCliTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Help_is_bilingual_and_list_prints_every_indicator_with_its_status()
    {
        var help = await Run("indicators", "--help");
        Assert.Contains("规划指标：列出、填报、考核", help.Output);
        Assert.Contains("Plan indicators: list, report, assess", help.Output);
        var (code, output, _) = await Run("indicators", "list", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Ok, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(18, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("PREFAB\t城镇新建建筑中装配式建筑比例\t%\t", StringComparison.Ordinal) && l.Contains("\t2024\t30\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_saves_a_draft_as_the_cli_user_and_refuses_bad_values_with_exit_1()
    {
        var (code, output, _) = await Run("indicators", "report", "--year", "2025", "--city", "141100", "--value", "RE-SUB=7.5", "EE-RES-STD=83", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("141100", output);
        var bad = await Run("indicators", "report", "--year", "2025", "--city", "141100", "--value", "RE-SUB=140", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Refused, bad.Code);
        Assert.Contains("超出范围", bad.Error);
        Assert.Equal(ExitCodes.Refused, (await Run("indicators", "report", "--year", "2022", "--city", "141100", "--value", "RE-SUB=1", "--db", app.ConnectionString)).Code);
        Assert.Equal(ExitCodes.BadArguments, (await Run("indicators", "report", "--year", "2025", "--city", "141100", "--value", "RE-SUB", "--db", app.ConnectionString)).Code);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var report = await db.Set<GreenBuild.Indicators.Model.CityReport>().Include(r => r.Values).SingleAsync(r => r.CityCode == "141100" && !r.IsDemo, Ct);
        Assert.Equal(7.5m, report.Values.Single(v => v.IndicatorCode == "RE-SUB").Value);
        Assert.StartsWith("命令行", report.EnteredBy);
    }

    [Fact]
    public async Task Assess_ranks_the_cities_and_writes_the_excel_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"assessment-{Guid.NewGuid():N}.xlsx");
        var (code, output, _) = await Run("indicators", "assess", "--scheme", "设区市年度考核（演示）", "--year", "2023", "--output", file, "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Ok, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("1\t", lines[0], StringComparison.Ordinal);
        Assert.Equal(12, XlsxReader.Read(await File.ReadAllBytesAsync(file, Ct))!.Rows.Count);
        File.Delete(file);
        Assert.Equal(ExitCodes.Refused, (await Run("indicators", "assess", "--scheme", "没有这个方案", "--year", "2023", "--db", app.ConnectionString)).Code);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GreenBuildCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public sealed class IndicatorsCliTestsOnSqlite(SqliteApp app) : IndicatorsCliTests(app), IClassFixture<SqliteApp>;

public sealed class IndicatorsCliTestsOnPostgres(PostgresApp app) : IndicatorsCliTests(app), IClassFixture<PostgresApp>;
