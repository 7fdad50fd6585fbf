using GreenBuild.Cli;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Cli;

/// <summary>The <c>greenbuild</c> commands against a real database, with their exit codes.</summary>
public abstract class CliTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Help_is_in_chinese_and_english()
    {
        var (code, output, _) = await Run("--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("启动 Web 服务", output);
        Assert.Contains("Run the web server", output);
        Assert.Contains("audit", output);
    }

    [Fact]
    public async Task Bad_arguments_exit_with_2_and_say_what_is_wrong()
    {
        var (code, _, error) = await Run("users", "add", "--name", "缺邮箱", "--role", "Expert", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("--email", error);
        Assert.Equal(ExitCodes.BadArguments, (await Run("users", "add", "--email", "a@b.cn", "--name", "x", "--role", "Emperor")).Code);
    }

    [Fact]
    public async Task An_unreachable_database_exits_with_3_and_a_clear_message()
    {
        var (code, _, error) = await Run("db", "info", "--db", "Host=127.0.0.1;Port=1;Username=nobody;Password=secret;Database=none;Timeout=3");
        Assert.Equal(ExitCodes.DatabaseUnavailable, code);
        Assert.Contains("无法连接数据库", error);
        Assert.DoesNotContain("secret", error);
    }

    [Fact]
    public async Task Db_info_shows_the_provider_and_no_pending_migrations()
    {
        var (code, output, _) = await Run("db", "info", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(app.Database.Kind == "SQLite" ? "Sqlite" : "Postgres", output);
        Assert.Contains("0 pending", output);
    }

    [Fact]
    public async Task Db_migrate_is_idempotent()
    {
        Assert.Equal(ExitCodes.Ok, (await Run("db", "migrate", "--db", app.ConnectionString)).Code);
        var (code, output, _) = await Run("db", "migrate", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("本次应用 0 个迁移", output);
    }

    [Fact]
    public async Task Users_can_be_added_listed_and_disabled_and_the_cli_is_the_audited_actor()
    {
        var email = $"cli-{Guid.NewGuid():N}@example.cn";
        var added = await Run("users", "add", "--email", email, "--name", "命令行用户", "--role", "CityOfficer", "--city", "140200",
            "--org", "大同市住房和城乡建设局（演示）", "--password", "cli-password-1", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Ok, added.Code);
        Assert.Contains(email, (await Run("users", "list", "--db", app.ConnectionString)).Output);
        Assert.Equal(ExitCodes.Ok, (await Run("users", "disable", "--email", email, "--db", app.ConnectionString)).Code);
        Assert.Contains($"{email}\t命令行用户\tCityOfficer\t140200\tdisabled", (await Run("users", "list", "--db", app.ConnectionString)).Output);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var id = (await db.Users.SingleAsync(u => u.Email == email, Ct)).Id;
        var entries = await db.AuditEntries.Where(a => a.EntityKey == id).ToListAsync(Ct);
        Assert.All(entries, e => Assert.StartsWith("cli:", e.ActorId));
    }

    [Fact]
    public async Task Adding_a_user_with_a_weak_password_is_refused_with_exit_1()
    {
        var (code, _, error) = await Run("users", "add", "--email", $"weak-{Guid.NewGuid():N}@example.cn", "--name", "弱密码",
            "--role", "Expert", "--password", "123", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("密码至少需要 10 位", error);
    }

    [Fact]
    public async Task Api_keys_are_created_once_and_revoked()
    {
        var (code, token, _) = await Run("apikeys", "create", "--name", "能耗采集器", "--owner", DemoAccounts.EmailOf("Applicant"),
            "--scope", "read", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Ok, code);
        token = token.Trim();
        Assert.StartsWith("gb_", token);
        var prefix = token.Split('_')[1];
        Assert.Equal(ExitCodes.Ok, (await Run("apikeys", "revoke", prefix, "--db", app.ConnectionString)).Code);
        Assert.Equal(ExitCodes.Refused, (await Run("apikeys", "revoke", "nosuchkey000", "--db", app.ConnectionString)).Code);
    }

    [Fact]
    public async Task Audit_verify_reports_an_intact_chain_with_its_head()
    {
        var (code, output, _) = await Run("audit", "verify", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("审计日志完整", output);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GreenBuildCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public sealed class CliTestsOnSqlite(SqliteApp app) : CliTests(app), IClassFixture<SqliteApp>;

public sealed class CliTestsOnPostgres(PostgresApp app) : CliTests(app), IClassFixture<PostgresApp>;
