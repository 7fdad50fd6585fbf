using Npgsql;

namespace GreenBuild.Tests.Infrastructure;

/// <summary>A database made for one fixture and dropped after it.</summary>
public abstract class TestDatabase
{
    public abstract string ConnectionString { get; }

    public abstract string Kind { get; }

    public abstract Task CreateAsync();

    public abstract Task DropAsync();

    public static TestDatabase Sqlite() => new SqliteTestDatabase();

    public static TestDatabase Postgres() => new PostgresTestDatabase();

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly string path = Path.Combine(Path.GetTempPath(), $"greenbuild-test-{Guid.NewGuid():N}.db");

        public override string ConnectionString => $"Data Source={path};Pooling=False";

        public override string Kind => "SQLite";

        public override Task CreateAsync() => Task.CompletedTask;

        public override Task DropAsync()
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class PostgresTestDatabase : TestDatabase
    {
        private readonly string name = $"gb_test_{Guid.NewGuid():N}";

        /// <summary>The server's connection string, from test.sh. Missing means failing, never skipping.</summary>
        public static string Server => Environment.GetEnvironmentVariable("GREENBUILD_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "GREENBUILD_TEST_PG is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL server.");

        public override string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

        public override string Kind => "PostgreSQL";

        public override async Task CreateAsync()
        {
            await using var connection = new NpgsqlConnection(Server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        public override async Task DropAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
