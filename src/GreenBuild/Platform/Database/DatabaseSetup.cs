using GreenBuild.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Database;

/// <summary>Registers the database for the configured provider, with the audit interceptor.</summary>
internal static class DatabaseSetup
{
    public static IServiceCollection AddGreenBuildDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = DatabaseOptions.From(configuration);
        services.AddOptions<DatabaseOptions>()
            .Configure(o => (o.ConnectionString, o.MigrateOnStart) = (options.ConnectionString, options.MigrateOnStart))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "ConnectionStrings:GreenBuild is empty.")
            .ValidateOnStart();
        services.AddScoped<AuditInterceptor>();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<GreenBuildDb, PostgresGreenBuildDb>((sp, db) => db
                .UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations"))
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            EnsureSqliteFolder(options.ConnectionString);
            services.AddDbContext<GreenBuildDb, SqliteGreenBuildDb>((sp, db) => db
                .UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations"))
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }

        return services;
    }

    /// <summary>SQLite creates the file but not its folder (<c>./data/</c> on a fresh clone).</summary>
    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
