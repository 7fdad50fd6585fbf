using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>复查 — a scheduled re-check of a certified building's real operation, and its outcome.</summary>
public sealed class Recheck
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CertificateId { get; set; }

    public DateTime DueAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public RecheckOutcome? Outcome { get; set; }

    /// <summary>The level after a downgrade.</summary>
    public GreenLevel? Level { get; set; }

    public string? Reason { get; set; }

    /// <summary>What the operation data showed (e.g. energy use intensity against the quota).</summary>
    public string? OperationFindings { get; set; }

    /// <summary>The linked building's annual figures from energy monitoring when the re-check was recorded (a citation with year and sources).</summary>
    public string? OperationData { get; set; }

    public string? CompletedBy { get; set; }

    public DateTime? CompletedAtUtc { get; set; }
}

internal sealed class RecheckConfiguration : IEntityTypeConfiguration<Recheck>
{
    public void Configure(EntityTypeBuilder<Recheck> builder)
    {
        builder.ToTable("label_rechecks");
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.OperationFindings).HasMaxLength(4000);
        builder.Property(r => r.OperationData).HasMaxLength(2000);
        builder.Property(r => r.CompletedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.CertificateId, r.DueAtUtc }).IsUnique();
        builder.HasOne<Certificate>().WithMany().HasForeignKey(r => r.CertificateId).OnDelete(DeleteBehavior.Cascade);
    }
}
