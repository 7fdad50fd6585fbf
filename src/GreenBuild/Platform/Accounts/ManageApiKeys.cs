using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Accounts;

/// <summary>A new key: the token is shown once and never stored.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Token);

/// <summary>Creates and revokes API keys for machine clients.</summary>
public sealed class ManageApiKeys(GreenBuildDb db, TimeProvider clock)
{
    /// <summary>Scopes a key may carry; each module adds its own here.</summary>
    public static readonly IReadOnlyList<string> KnownScopes = [ApiKeyScopeHandler.ReadScope, "indicators:report", "projects:write", "energy:ingest"];

    public async Task<Outcome<CreatedApiKey>> CreateAsync(string name, string ownerUserId, IEnumerable<string> scopes, DateTime? expiresAtUtc, CancellationToken cancellationToken = default)
    {
        var scopeList = scopes.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        var errors = new List<PlatformError>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            errors.Add(new("apikey.name", "name", "error.apikey.name"));
        }

        foreach (var unknown in scopeList.Where(s => !KnownScopes.Contains(s)))
        {
            errors.Add(new("apikey.scope.unknown", "scopes", "error.apikey.scope", unknown, string.Join(", ", KnownScopes)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (expiresAtUtc <= now)
        {
            errors.Add(new("apikey.expiry", "expiresAt", "error.apikey.expiry"));
        }

        if (!await db.Users.AnyAsync(u => u.Id == ownerUserId && !u.IsDisabled, cancellationToken))
        {
            errors.Add(new("user.unknown", "owner", "error.user.unknown", ownerUserId));
        }

        if (errors.Count > 0)
        {
            return Outcome<CreatedApiKey>.Fail([.. errors]);
        }

        var (token, prefix, hash) = ApiKeyToken.Create();
        var key = new ApiKey
        {
            Name = name.Trim(), Prefix = prefix, SecretHash = hash, OwnerUserId = ownerUserId,
            Scopes = string.Join(' ', scopeList), CreatedAtUtc = now, ExpiresAtUtc = expiresAtUtc,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CreatedApiKey>.Ok(new CreatedApiKey(key, token));
    }

    /// <summary>Revokes by id or prefix. Revoking twice is not an error: the first time stands.</summary>
    public async Task<Outcome<ApiKey>> RevokeAsync(string idOrPrefix, CancellationToken cancellationToken = default)
    {
        var key = Guid.TryParse(idOrPrefix, out var id)
            ? await db.ApiKeys.FindAsync([id], cancellationToken)
            : await db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == idOrPrefix, cancellationToken);
        if (key is null)
        {
            return Outcome<ApiKey>.Fail(new PlatformError("apikey.unknown", "id", "error.apikey.unknown", idOrPrefix));
        }

        key.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ApiKey>.Ok(key);
    }
}
