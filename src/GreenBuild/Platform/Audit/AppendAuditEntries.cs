using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GreenBuild.Platform.Audit;

/// <summary>Records of one type created by a bulk path, described as the audit log lists a creation.</summary>
public sealed class CreatedRecords
{
    internal CreatedRecords(string entityType, (string Key, string Json)[] records) => (EntityType, Records) = (entityType, records);

    internal string EntityType { get; }

    internal (string Key, string Json)[] Records { get; }
}

/// <summary>
/// Audit entries for records created by a bulk path (<see cref="BulkInsert"/>) that bypasses the change tracker:
/// the same entries the interceptor would write (same JSON, same hash chain), appended under the same lock, in
/// the caller's transaction — so a bulk import is audited record by record and commits or rolls back with them.
/// Describing the records is independent of the database (a caller may do it while its inserts run); chaining
/// them is sequential and happens under the lock.
/// </summary>
public static class AppendAuditEntries
{
    public static async Task ForCreatedAsync<T>(GreenBuildDb db, ICurrentActor actor, TimeProvider clock, IReadOnlyList<T> created, CancellationToken cancellationToken)
        where T : class =>
        await AppendAsync(db, actor, clock, [Describe(db.Model, created)], cancellationToken);

    /// <summary>Describes each record (JSON of every property); CPU only, on every core, safe on any thread.</summary>
    public static CreatedRecords Describe<T>(IModel model, IReadOnlyList<T> created)
        where T : class
    {
        var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var described = new (string Key, string Json)[created.Count];
        Parallel.For(0, created.Count, i => described[i] = AuditInterceptor.DescribeCreate(type, created[i]));
        return new CreatedRecords(typeof(T).Name, described);
    }

    /// <summary>Chains the described records after the last entry and inserts them, in the caller's transaction.</summary>
    public static async Task AppendAsync(GreenBuildDb db, ICurrentActor actor, TimeProvider clock, IReadOnlyList<CreatedRecords> batches, CancellationToken cancellationToken)
    {
        if (batches.All(b => b.Records.Length == 0))
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

        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        var entries = new List<AuditEntry>(batches.Sum(b => b.Records.Length));
        foreach (var batch in batches)
        {
            foreach (var (key, changes) in batch.Records)
            {
                var entry = new AuditEntry
                {
                    Sequence = ++sequence, TimestampUtc = now, ActorId = actor.Id, ActorName = actor.Name, Action = AuditAction.Create,
                    EntityType = batch.EntityType, EntityKey = key, Changes = changes, PreviousHash = previous, Hash = "",
                };
                entry.Hash = AuditChain.HashOf(entry);
                previous = entry.Hash;
                entries.Add(entry);
            }
        }

        await BulkInsert.InsertAsync(db, entries, cancellationToken);
    }
}
