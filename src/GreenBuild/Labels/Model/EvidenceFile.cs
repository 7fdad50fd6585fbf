using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 证明材料 — a file attached to an application version, for the whole application or for one scored item
/// (<see cref="Clause"/>). Kept in the database with its SHA-256 so the package and the review see exactly what
/// was submitted.
/// </summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    /// <summary>The version it was attached to; later versions keep seeing it.</summary>
    public int Version { get; set; }

    public EvidenceKind Kind { get; set; }

    /// <summary>The GB/T 50378 clause it evidences (e.g. 7.2.8), or null for the whole application.</summary>
    public string? Clause { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("label_evidence_files");
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Clause).HasMaxLength(20);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedBy).HasMaxLength(200);
        builder.HasIndex(f => f.ApplicationId);
        builder.HasOne<LabelApplication>().WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
