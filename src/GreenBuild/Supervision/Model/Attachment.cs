using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>What an attachment belongs to.</summary>
public enum AttachmentOwner
{
    Finding = 1,
    Rectification = 2,
    Complaint = 3,
}

/// <summary>
/// 附件 — a photo or document. The bytes live in the attachment store under their SHA-256 (never under the
/// uploaded name); the type is the one its first bytes prove (JPEG, PNG, PDF), not the one claimed.
/// </summary>
public sealed class Attachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public AttachmentOwner OwnerKind { get; set; }

    public Guid OwnerId { get; set; }

    /// <summary>The uploaded name with path and control characters removed; shown escaped, used only in Content-Disposition.</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("supervision_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.OwnerKind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.OwnerKind, a.OwnerId });
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(60);
        builder.Property(a => a.Sha256).HasMaxLength(64);
    }
}
