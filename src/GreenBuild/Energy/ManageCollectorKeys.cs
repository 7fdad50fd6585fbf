using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy;

/// <summary>A collector with the state of its key (never the secret).</summary>
public sealed record CollectorKeyState(Collector Collector, string? KeyName, DateTime? KeyCreatedAtUtc, DateTime? RevokedAtUtc, DateTime? LastUsedAtUtc, int Meters)
{
    public bool HasActiveKey => Collector.ApiKeyPrefix is not null && KeyCreatedAtUtc is not null && RevokedAtUtc is null;
}

/// <summary>
/// 采集器密钥 — lists the collectors within an official's scope with their keys' state, revokes a collector's key (it
/// stops writing at once) and issues a new one (the old one is revoked first; the token is shown once). Both are
/// saved through EF, so the audit interceptor records them.
/// </summary>
public sealed class ManageCollectorKeys(GreenBuildDb db, ManageApiKeys keys)
{
    public async Task<IReadOnlyList<CollectorKeyState>> ListAsync(DataScope scope, CancellationToken cancellationToken = default)
    {
        var collectors = await scope.WithinCity(db.Set<Collector>().AsNoTracking(), c => c.CityCode).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var prefixes = collectors.Select(c => c.ApiKeyPrefix).OfType<string>().ToList();
        var states = await db.ApiKeys.AsNoTracking().Where(k => prefixes.Contains(k.Prefix)).ToDictionaryAsync(k => k.Prefix, cancellationToken);
        var ids = collectors.Select(c => c.Id).ToList();
        var meters = await db.Set<Meter>().AsNoTracking().Where(m => m.CollectorId != null && ids.Contains(m.CollectorId.Value))
            .GroupBy(m => m.CollectorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Count, cancellationToken);
        return [.. collectors.Select(c => c.ApiKeyPrefix is { } p && states.TryGetValue(p, out var k)
            ? new CollectorKeyState(c, k.Name, k.CreatedAtUtc, k.RevokedAtUtc, k.LastUsedAtUtc, meters.GetValueOrDefault(c.Id))
            : new CollectorKeyState(c, null, null, null, null, meters.GetValueOrDefault(c.Id)))];
    }

    public async Task<Outcome<Collector>> RevokeAsync(DataScope scope, Guid collectorId, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(scope, collectorId, cancellationToken) is not { } collector)
        {
            return Unknown<Collector>(collectorId);
        }

        if (collector.ApiKeyPrefix is { } prefix)
        {
            var revoked = await keys.RevokeAsync(prefix, cancellationToken);
            if (!revoked.Succeeded)
            {
                return Outcome<Collector>.Fail([.. revoked.Errors]);
            }
        }

        return Outcome<Collector>.Ok(collector);
    }

    /// <summary>Revokes the current key and issues a new one, owned by <paramref name="ownerUserId"/>.</summary>
    public async Task<Outcome<CreatedCollector>> IssueAsync(DataScope scope, Guid collectorId, string ownerUserId, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(scope, collectorId, cancellationToken) is not { } collector)
        {
            return Unknown<CreatedCollector>(collectorId);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (collector.ApiKeyPrefix is { } prefix && !(await keys.RevokeAsync(prefix, cancellationToken)).Succeeded)
        {
            return Unknown<CreatedCollector>(collectorId);
        }

        var key = await keys.CreateAsync($"采集器 {collector.Name}", ownerUserId, [RegisterMonitoring.IngestScope], null, cancellationToken);
        if (!key.Succeeded)
        {
            return Outcome<CreatedCollector>.Fail([.. key.Errors]);
        }

        collector.ApiKeyPrefix = key.Value!.Key.Prefix;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<CreatedCollector>.Ok(new CreatedCollector(collector, key.Value.Token));
    }

    private async Task<Collector?> FindAsync(DataScope scope, Guid collectorId, CancellationToken cancellationToken) =>
        await scope.WithinCity(db.Set<Collector>(), c => c.CityCode).FirstOrDefaultAsync(c => c.Id == collectorId, cancellationToken);

    private static Outcome<T> Unknown<T>(Guid collectorId) =>
        Outcome<T>.Fail(new PlatformError("energy.collector.unknown", "collectorName", "error.energy.collector.unknown", collectorId));
}
