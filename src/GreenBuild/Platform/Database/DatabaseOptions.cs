namespace GreenBuild.Platform.Database;

/// <summary>Which database GreenBuild runs on: SQLite (embedded default) or PostgreSQL (production).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Database settings. The connection string comes from <c>ConnectionStrings:GreenBuild</c>
/// (appsettings, the <c>ConnectionStrings__GreenBuild</c> or <c>GREENBUILD_DB</c> environment variable, or
/// the CLI's <c>--db</c>); the provider is recognised from it.
/// </summary>
public sealed class DatabaseOptions
{
    public const string DefaultSqlite = "Data Source=data/greenbuild.db";

    public string ConnectionString { get; set; } = DefaultSqlite;

    /// <summary>Apply pending migrations when the web server starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public DatabaseProvider Provider => ProviderOf(ConnectionString);

    /// <summary>Configuration key of the connection string; the <c>GREENBUILD_DB</c> variable overrides it.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:GreenBuild";

    public static DatabaseOptions From(IConfiguration configuration) => new()
    {
        ConnectionString = configuration["GREENBUILD_DB"] is { Length: > 0 } env ? env
            : configuration[ConnectionStringKey] is { Length: > 0 } cs ? cs
            : DefaultSqlite,
        MigrateOnStart = configuration.GetValue("Database:MigrateOnStart", true),
    };

    /// <summary>PostgreSQL connection strings name a host; everything else is a SQLite data source.</summary>
    public static DatabaseProvider ProviderOf(string connectionString)
    {
        var text = connectionString.TrimStart();
        return text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Server=", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;
    }

    /// <summary>The connection string with any password replaced, for logs and <c>db info</c>.</summary>
    public string Redacted()
    {
        var parts = ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)
                ? p[..(p.IndexOf('=') + 1)] + "***"
                : p);
        return string.Join(';', parts);
    }
}
