using System.Data;
using GreenBuild.Platform.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// The transaction every write of meter-days runs in (an ingest batch, a meter replacement): it holds the ingest
/// lock, so two writers never interleave, and the provider's bulk store works on its connection.
/// </summary>
internal static class IngestTransaction
{
    private const long IngestLockKey = 0x656e_6572_6779; // "energy"

    /// <summary>SQLite: Serializable is BEGIN IMMEDIATE (the write lock at once); PostgreSQL: read committed under the advisory lock.</summary>
    public static async Task<(IDbContextTransaction Transaction, IDayStore Store)> BeginAsync(GreenBuildDb db, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(db.Database.IsNpgsql() ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable, cancellationToken);
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({IngestLockKey})", cancellationToken);
            return (transaction, new PostgresDayStore(npgsql));
        }

        return (transaction, new SqliteDayStore((SqliteConnection)connection, (SqliteTransaction)transaction.GetDbTransaction()));
    }
}
