using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Indicators.Model;

/// <summary>填报期 — a year (or a quarter of it, where configured) for which cities report; closed periods refuse reports.</summary>
public sealed class ReportingPeriod
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string PlanCode { get; set; }

    public int Year { get; set; }

    /// <summary>1–4 for a quarterly period; null for the annual one (the one the status and assessment use).</summary>
    public int? Quarter { get; set; }

    public bool IsOpen { get; set; } = true;

    public string Label => Quarter is { } q ? $"{Year}Q{q}" : $"{Year}";
}

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.ToTable("indicator_reporting_periods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.PlanCode).HasMaxLength(40);
        builder.Ignore(p => p.Label);
        builder.HasIndex(p => new { p.PlanCode, p.Year, p.Quarter }).IsUnique();
    }
}
