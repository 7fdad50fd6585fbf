using GreenBuild.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Indicators.Model;

/// <summary>城市填报 — one city's report of the reported indicators for one period.</summary>
public sealed class CityReport : ICityScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PeriodId { get; set; }

    public required string CityCode { get; set; }

    public ReportStatus Status { get; set; }

    public string? ReturnReason { get; set; }

    public required string EnteredBy { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>Demo data (演示数据), removable before production.</summary>
    public bool IsDemo { get; set; }

    public List<ReportedValue> Values { get; set; } = [];
}

internal sealed class CityReportConfiguration : IEntityTypeConfiguration<CityReport>
{
    public void Configure(EntityTypeBuilder<CityReport> builder)
    {
        builder.ToTable("indicator_city_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CityCode).HasMaxLength(6);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ReturnReason).HasMaxLength(500);
        builder.Property(r => r.EnteredBy).HasMaxLength(200);
        builder.Property(r => r.SubmittedBy).HasMaxLength(200);
        builder.Property(r => r.ReviewedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.PeriodId, r.CityCode }).IsUnique();
        builder.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
