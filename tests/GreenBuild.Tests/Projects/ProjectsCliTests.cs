using System.Diagnostics;
using GreenBuild.Cli;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Projects;

/// <summary>
/// <c>greenbuild projects import|export|check</c> against a real database, and the import's atomicity when its
/// process is killed while it writes.
/// </summary>
public abstract class ProjectsCliTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Prefix() => $"CLI{Guid.NewGuid():N}"[..12].ToUpperInvariant();

    private async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GreenBuildCli.RunAsync([.. args, "--db", app.ConnectionString], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<int> Count(string prefix)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Project>().CountAsync(p => p.Code.StartsWith(prefix), Ct);
    }

    [Fact]
    public async Task Import_checks_without_commit_writes_with_it_and_reports_errors_by_row_and_column()
    {
        var prefix = Prefix();
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}.xlsx");
        await File.WriteAllBytesAsync(path, ProjectFiles.Xlsx([ProjectFiles.Residential($"{prefix}-1"), ProjectFiles.Residential($"{prefix}-2")]), Ct);
        var (dry, dryOut, dryErr) = await Run("projects", "import", path);
        Assert.Equal(ExitCodes.Ok, dry);
        Assert.Contains("新增 2", dryOut, StringComparison.Ordinal);
        Assert.Contains("未写入", dryOut, StringComparison.Ordinal);
        Assert.Contains("100%", dryErr, StringComparison.Ordinal);
        Assert.Equal(0, await Count(prefix));

        Assert.Equal(ExitCodes.Ok, (await Run("projects", "import", path, "--commit")).Code);
        Assert.Equal(2, await Count(prefix));

        var bad = ProjectFiles.Residential($"{prefix}-3");
        bad["height"] = "-1";
        await File.WriteAllBytesAsync(path, ProjectFiles.Xlsx([bad]), Ct);
        var (code, _, error) = await Run("projects", "import", path, "--commit");
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("第 2 行", error, StringComparison.Ordinal);
        Assert.Contains("列（建筑高度(m)）", error, StringComparison.Ordinal);
        Assert.Equal(2, await Count(prefix));
        File.Delete(path);
    }

    [Fact]
    public async Task Export_writes_the_template_workbook_and_check_reports_what_it_rechecked()
    {
        var prefix = Prefix();
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}.xlsx");
        await File.WriteAllBytesAsync(path, ProjectFiles.Xlsx([ProjectFiles.Residential($"{prefix}-1", city: "140212")]), Ct);
        Assert.Equal(ExitCodes.Ok, (await Run("projects", "import", path, "--commit")).Code);
        var export = Path.Combine(Path.GetTempPath(), $"{prefix}-export.csv");
        var (code, output, _) = await Run("projects", "export", "--format", "csv", "--city", "140200", "--output", export);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(export, output, StringComparison.Ordinal);
        Assert.Contains($"{prefix}-1", await File.ReadAllTextAsync(export, Ct), StringComparison.Ordinal);
        var (checkCode, checkOutput, _) = await Run("projects", "check", "--city", "140200", "--year", "2024");
        Assert.Equal(ExitCodes.Ok, checkCode);
        Assert.Contains("0 个有变化", checkOutput, StringComparison.Ordinal);
        File.Delete(path);
        File.Delete(export);
    }

    [Fact]
    public async Task Killing_the_import_while_it_writes_leaves_the_database_as_it_was()
    {
        var prefix = Prefix();
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}.xlsx");
        await File.WriteAllBytesAsync(path, ProjectFiles.Xlsx(Enumerable.Range(1, 6000).Select(i => ProjectFiles.Residential($"{prefix}-{i:0000}"))), Ct);
        long sequenceBefore;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            sequenceBefore = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().AuditEntries.MaxAsync(a => a.Sequence, Ct);
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "GreenBuild.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "projects", "import", path, "--commit", "--db", app.ConnectionString })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var writing = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            // Rows are written part by part as they are read: the writing phase is reported once a part is written.
            if (e.Data?.Contains("写入数据库", StringComparison.Ordinal) == true)
            {
                writing.TrySetResult();
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var exited = process.WaitForExitAsync(Ct);
        var first = await Task.WhenAny(writing.Task, exited, Task.Delay(TimeSpan.FromMinutes(3), Ct));
        Assert.True(first == writing.Task, "The import never reached the writing phase (or finished before it could be killed).");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(Ct);

        Assert.Equal(0, await Count(prefix));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
            Assert.Equal(sequenceBefore, await db.AuditEntries.MaxAsync(a => a.Sequence, Ct));
            Assert.True((await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().RunAsync(Ct)).Intact);
        }

        // And the same file, imported again to the end, goes in whole.
        Assert.Equal(ExitCodes.Ok, (await Run("projects", "import", path, "--commit")).Code);
        Assert.Equal(6000, await Count(prefix));
        File.Delete(path);
    }
}

public sealed class ProjectsCliTestsOnSqlite(SqliteApp app) : ProjectsCliTests(app), IClassFixture<SqliteApp>;

public sealed class ProjectsCliTestsOnPostgres(PostgresApp app) : ProjectsCliTests(app), IClassFixture<PostgresApp>;
