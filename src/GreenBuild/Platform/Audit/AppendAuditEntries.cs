using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Audit;

/// <summary>
/// Audit entries for records created by a bulk path (<see cref="BulkInsert"/>) that bypasses the change tracker:
/// the same entries the interceptor would write (same JSON, same hash chain), appended under the same lock, in
/// the caller's transaction — so a bulk import is audited record by record and commits or rolls back with them.
/// </summary>
public static class AppendAuditEntries
{
    public static async Task ForCreatedAsync<T>(GreenBuildDb db, ICurrentActor actor, TimeProvider clock, IReadOnlyList<T> created, CancellationToken cancellationToken)
        where T : class
    {
        if (created.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit entries of a bulk write are appended inside its transaction.");
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditInterceptor.ChainLockKey})", cancellationToken);
        }

        var type = db.Model.FindEntityType(typeof(T))!;
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        // Describing the records is independent work (both cores); chaining the hashes is sequential.
        var described = new (string Key, string Changes)[created.Count];
        Parallel.For(0, created.Count, i => described[i] = AuditInterceptor.DescribeCreate(type, created[i]));
        var entries = new List<AuditEntry>(created.Count);
        foreach (var (key, changes) in described)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence, TimestampUtc = now, ActorId = actor.Id, ActorName = actor.Name, Action = AuditAction.Create,
                EntityType = typeof(T).Name, EntityKey = key, Changes = changes, PreviousHash = previous, Hash = "",
            };
            entry.Hash = AuditChain.HashOf(entry);
            previous = entry.Hash;
            entries.Add(entry);
        }

        await BulkInsert.InsertAsync(db, entries, cancellationToken);
    }
}
