using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Platform.Audit;

/// <summary>What happened to a record.</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,
}

/// <summary>
/// 留痕 — one change to one record, in an append-only chain: each entry's hash covers its content and
/// the previous entry's hash, so editing, deleting or reordering any entry breaks the chain from there on.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1, 2, 3… without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to whole milliseconds so that every database stores it exactly.</summary>
    public DateTime TimestampUtc { get; set; }

    /// <summary>Who: a user id, <c>apikey:&lt;prefix&gt;</c>, <c>cli:&lt;os user&gt;</c> or <c>system</c>.</summary>
    public required string ActorId { get; set; }

    public required string ActorName { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The record's type, e.g. <c>Organization</c>.</summary>
    public required string EntityType { get; set; }

    public required string EntityKey { get; set; }

    /// <summary>JSON object: field → {"before": …, "after": …}; secrets are masked.</summary>
    public required string Changes { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.ActorId).HasMaxLength(100);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(200);
        // text, not jsonb: jsonb reorders keys, and the hash covers the exact text.
        builder.Property(a => a.Changes).HasColumnType("text");
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.HasIndex(a => a.TimestampUtc);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.ActorId);
    }
}
