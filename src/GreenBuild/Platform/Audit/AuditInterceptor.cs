using System.Data;
using System.Text.Json;
using System.Text.Json.Nodes;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GreenBuild.Platform.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every created, updated or deleted record in the same transaction
/// as the change itself, and refuses any change to existing audit entries. The chain is extended under a
/// lock (an advisory lock on PostgreSQL, an immediate transaction on SQLite) so two writers cannot fork it.
/// </summary>
internal sealed class AuditInterceptor(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    internal const long ChainLockKey = 0x6772_6565_6e62; // "greenb"

    /// <summary>Fields whose values never reach the log.</summary>
    private static readonly HashSet<string> Masked = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "SecretHash",
    };

    private IDbContextTransaction? ownTransaction;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is GreenBuildDb db)
        {
            await AppendAuditEntriesAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("GreenBuild saves asynchronously only (SaveChangesAsync): the audit chain needs it.");

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
            await DisposeOwnTransactionAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (ownTransaction is not null)
        {
            await ownTransaction.RollbackAsync(cancellationToken);
            await DisposeOwnTransactionAsync();
        }
    }

    private async Task AppendAuditEntriesAsync(GreenBuildDb db, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        tracker.DetectChanges();
        foreach (var entry in tracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("审计日志只能追加，不能修改或删除。The audit log is append-only.");
            }
        }

        var changes = tracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(Describe)
            .Where(c => c is not null)
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            // SQLite: BEGIN IMMEDIATE takes the write lock now; PostgreSQL: the advisory lock below serializes appenders.
            var isolation = db.Database.IsNpgsql() ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable;
            ownTransaction = await db.Database.BeginTransactionAsync(isolation, cancellationToken);
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
        }

        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        foreach (var change in changes)
        {
            var audit = new AuditEntry
            {
                Sequence = ++sequence, TimestampUtc = now, ActorId = actor.Id, ActorName = actor.Name,
                Action = change!.Action, EntityType = change.EntityType, EntityKey = change.Key,
                Changes = change.Json, PreviousHash = previous, Hash = "",
            };
            audit.Hash = AuditChain.HashOf(audit);
            previous = audit.Hash;
            db.AuditEntries.Add(audit);
        }
    }

    private static Change? Describe(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        var keyValues = key.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToList();
        if (key.Properties.Any(p => entry.Property(p.Name).IsTemporary))
        {
            throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name}: audited records need client-generated keys (Guid v7 or natural codes).");
        }

        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Create,
            EntityState.Deleted => AuditAction.Delete,
            _ => AuditAction.Update,
        };
        var fields = new JsonObject();
        foreach (var property in entry.Properties.OrderBy(p => p.Metadata.Name, StringComparer.Ordinal))
        {
            if (action == AuditAction.Update && !property.IsModified)
            {
                continue;
            }

            var before = action == AuditAction.Create ? null : property.OriginalValue;
            var after = action == AuditAction.Delete ? null : property.CurrentValue;
            if (action == AuditAction.Update && Equals(before, after))
            {
                continue;
            }

            var masked = Masked.Contains(property.Metadata.Name);
            // A creation lists each field's value (there is no "before"); updates and deletions, before and after.
            fields[property.Metadata.Name] = action == AuditAction.Create ? ToJson(after, masked) : new JsonObject
            {
                ["before"] = ToJson(before, masked),
                ["after"] = action == AuditAction.Delete ? null : ToJson(after, masked),
            };
        }

        if (action == AuditAction.Update && fields.Count == 0)
        {
            return null;
        }

        var entityType = entry.Metadata.ClrType.Name;
        return new Change(action, entityType, string.Join('/', keyValues), fields.ToJsonString(JsonOptions));
    }

    /// <summary>
    /// The changes of a created record as <see cref="Describe"/> writes them, from the entity itself (for bulk
    /// writes that do not go through the change tracker): every property by name with its value.
    /// </summary>
    internal static (string Key, string Json) DescribeCreate(IEntityType type, object entity)
    {
        var layout = CreateLayouts.GetOrAdd(type, t => new CreateLayout(t));
        // One buffer and writer per thread, reused: a bulk import describes a hundred thousand records.
        var (buffer, writer) = createWriter ??= NewCreateWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        foreach (var (name, getter, masked) in layout.Properties)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, getter.GetClrValue(entity), masked);
        }

        writer.WriteEndObject();
        writer.Flush();
        var key = layout.Key.Length == 1 ? layout.Key[0].GetClrValue(entity)?.ToString() ?? "" : string.Join('/', layout.Key.Select(k => k.GetClrValue(entity)));
        return (key, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [ThreadStatic]
    private static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? createWriter;

    private static (System.Buffers.ArrayBufferWriter<byte>, Utf8JsonWriter) NewCreateWriter()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(8192);
        return (buffer, new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOptions.Encoder }));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<IEntityType, CreateLayout> CreateLayouts = new();

    /// <summary>A type's properties in the order the log lists them (by name, ordinal), with their getters: worked out once per type.</summary>
    private sealed class CreateLayout(IEntityType type)
    {
        public IClrPropertyGetter[] Key { get; } = [.. type.FindPrimaryKey()!.Properties.Select(p => p.GetGetter())];

        public (JsonEncodedText Name, IClrPropertyGetter Getter, bool Masked)[] Properties { get; } =
            [.. type.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => (JsonEncodedText.Encode(p.Name, JsonOptions.Encoder), p.GetGetter(), Masked.Contains(p.Name)))];
    }

    /// <summary>
    /// Writes a value exactly as <see cref="ToJson"/> renders it (the bulk path must hash the same text): the
    /// common primitives directly, as the serializer's own converters write them, the rest through the serializer.
    /// </summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value, bool masked)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case not null when masked:
                writer.WriteStringValue("***");
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case DateOnly day:
                writer.WriteStringValue(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case DateTime d:
                writer.WriteStringValue(d.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case byte[] or JsonNode:
                ToJson(value, masked)!.WriteTo(writer, JsonOptions);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), JsonOptions);
                break;
        }
    }

    private static JsonNode? ToJson(object? value, bool masked) => value switch
    {
        null => null,
        _ when masked => JsonValue.Create("***"),
        DateTime d => JsonValue.Create(d.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        Enum e => JsonValue.Create(e.ToString()),
        // Files are logged by their digest: the log proves what was stored without holding a copy of it.
        byte[] bytes => JsonValue.Create($"sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))} ({bytes.Length} bytes)"),
        _ => JsonSerializer.SerializeToNode(value, JsonOptions),
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private async Task DisposeOwnTransactionAsync()
    {
        await ownTransaction!.DisposeAsync();
        ownTransaction = null;
    }

    private sealed record Change(AuditAction Action, string EntityType, string Key, string Json);
}
