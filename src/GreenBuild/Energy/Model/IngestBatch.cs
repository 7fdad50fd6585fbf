using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Energy.Model;

/// <summary>
/// 数据接收批次 — one received batch of readings (a REST request or a file): what came, what was stored, what was
/// refused and why. Saved through EF in the batch's own transaction, so the audit chain gets one entry per batch.
/// </summary>
public sealed class IngestBatch
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTime ReceivedAtUtc { get; set; }

    public Guid? CollectorId { get; set; }

    /// <summary>The official who sent the batch (an upload on the page, a REST batch with a session); null for a collector's key and the CLI (the audit entry names the actor either way).</summary>
    public string? SubmittedBy { get; set; }

    /// <summary>api-json, api-csv, file:&lt;name&gt;…</summary>
    public required string Source { get; set; }

    /// <summary>SHA-256 of the content as received.</summary>
    public required string ContentSha256 { get; set; }

    public int Lines { get; set; }

    public int Stored { get; set; }

    public int Duplicates { get; set; }

    public int Conflicts { get; set; }

    public int Rejected { get; set; }

    /// <summary>Meter-day rows written (new or updated).</summary>
    public int DaysWritten { get; set; }

    public bool Strict { get; set; }

    /// <summary>False when a strict batch had errors and nothing was stored.</summary>
    public bool Committed { get; set; }

    /// <summary>The first errors (JSON array of {line, code, message}); the counts above are complete.</summary>
    public required string ErrorsJson { get; set; }

    public double Seconds { get; set; }
}

internal sealed class IngestBatchConfiguration : IEntityTypeConfiguration<IngestBatch>
{
    public void Configure(EntityTypeBuilder<IngestBatch> builder)
    {
        builder.ToTable("energy_ingest_batches");
        builder.Property(b => b.Source).HasMaxLength(300);
        builder.Property(b => b.ContentSha256).HasMaxLength(64);
        builder.Property(b => b.ErrorsJson).HasColumnType("text");
        builder.HasIndex(b => b.ReceivedAtUtc);
        builder.HasIndex(b => b.CollectorId);
        builder.Property(b => b.SubmittedBy).HasMaxLength(450);
        builder.HasIndex(b => b.SubmittedBy);
    }
}
