using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Platform.Accounts;

/// <summary>
/// A key a machine client (a data collector, a city system) sends instead of signing in.
/// Only the SHA-256 of the secret is stored; the key acts as its owner, restricted to its scopes.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>The public part of the token (<c>gb_&lt;prefix&gt;_&lt;secret&gt;</c>), shown in lists and used to look the key up.</summary>
    public required string Prefix { get; set; }

    /// <summary>Hex SHA-256 of the whole token. The secret has 256 bits of entropy, so a plain hash is enough.</summary>
    public required string SecretHash { get; set; }

    public required string OwnerUserId { get; set; }

    /// <summary>Space-separated scopes such as <c>indicators:report energy:ingest</c>.</summary>
    public string Scopes { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ExpiresAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActiveAt(DateTime utcNow) => RevokedAtUtc is null && (ExpiresAtUtc is null || ExpiresAtUtc > utcNow);
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.OwnerUserId).HasMaxLength(64);
        builder.Property(k => k.Scopes).HasMaxLength(500);
        builder.Ignore(k => k.ScopeList);
        builder.HasOne<GreenBuildUser>().WithMany().HasForeignKey(k => k.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
