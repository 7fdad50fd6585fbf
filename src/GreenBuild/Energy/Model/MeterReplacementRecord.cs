using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Energy.Model;

/// <summary>换表记录 — a documented meter swap: the old register's final and the new register's initial reading.</summary>
public sealed class MeterReplacementRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeterId { get; set; }

    public DateTime AtUtc { get; set; }

    public decimal OldFinal { get; set; }

    public decimal NewInitial { get; set; }
}

internal sealed class MeterReplacementRecordConfiguration : IEntityTypeConfiguration<MeterReplacementRecord>
{
    public void Configure(EntityTypeBuilder<MeterReplacementRecord> builder)
    {
        builder.ToTable("energy_meter_replacements");
        builder.Property(r => r.OldFinal).HasPrecision(18, 3);
        builder.Property(r => r.NewInitial).HasPrecision(18, 3);
        builder.HasOne<Meter>().WithMany().HasForeignKey(r => r.MeterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MeterId, r.AtUtc }).IsUnique();
    }
}
