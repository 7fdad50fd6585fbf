using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Database;

/// <summary>
/// For one bulk write on SQLite: a page cache large enough to hold the indexes it grows (the default 2 MB makes
/// every insert into an index past that size re-read its pages), back to what it was when disposed. Nothing on
/// PostgreSQL. The connection stays open for the lifetime of the scope, so the setting applies to the writes.
/// </summary>
public sealed class SqlitePageCache : IAsyncDisposable
{
    /// <summary>The cache for a bulk write, in KiB (SQLite's negative cache_size): bounded, whatever the file's size.</summary>
    public const int BulkWriteKib = 128 * 1024;

    private readonly GreenBuildDb db;
    private readonly long previous;

    private SqlitePageCache(GreenBuildDb db, long previous) => (this.db, this.previous) = (db, previous);

    public static async Task<SqlitePageCache?> EnlargeAsync(GreenBuildDb db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var previous = await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size()").SingleAsync(cancellationToken);
        await SetAsync(db, -BulkWriteKib, cancellationToken);
        return new SqlitePageCache(db, previous);
    }

    public async ValueTask DisposeAsync()
    {
        await SetAsync(db, previous, CancellationToken.None);
        await db.Database.CloseConnectionAsync();
    }

    // A PRAGMA takes no parameters; the value is a number formatted here, never text from outside.
#pragma warning disable EF1002
    private static Task SetAsync(GreenBuildDb db, long kib, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = {kib.ToString(System.Globalization.CultureInfo.InvariantCulture)}", cancellationToken);
#pragma warning restore EF1002
}
