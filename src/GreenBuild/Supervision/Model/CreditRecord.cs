using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>良好信息 or 不良信息.</summary>
public enum CreditKind
{
    Good = 1,
    Bad = 2,
}

/// <summary>
/// 信用记录 — one good or bad entry of an enterprise's credit record, in force from <see cref="ValidFrom"/> to
/// <see cref="ValidUntil"/> (exclusive), with the inspection, finding or sanction it came from.
/// </summary>
public sealed class CreditRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public CreditKind Kind { get; set; }

    /// <summary>Why: finding.serious, rectification.failed, inspection.clean, sanction, commendation.</summary>
    public required string Category { get; set; }

    public required string Description { get; set; }

    /// <summary>The source record ("inspection:…", "finding:…", "sanction:决定书号").</summary>
    public required string Source { get; set; }

    public DateTime ValidFrom { get; set; }

    public DateTime ValidUntil { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public bool InForceAt(DateTime utc) => ValidFrom <= utc && utc < ValidUntil;
}

internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> builder)
    {
        builder.ToTable("supervision_credit_records");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.OrganizationId, c.Kind });
        builder.HasIndex(c => c.Source);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Category).HasMaxLength(40);
        builder.Property(c => c.Description).HasMaxLength(1000);
        builder.Property(c => c.Source).HasMaxLength(200);
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
    }
}
