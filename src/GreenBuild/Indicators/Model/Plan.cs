using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Indicators.Model;

/// <summary>规划 — a five-year plan whose indicators are monitored (十四五: 2021–2025, baseline 2020).</summary>
public sealed class Plan
{
    /// <summary>Natural key, e.g. <c>SX-14FYP-BEE</c>.</summary>
    public required string Code { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    public int BaselineYear { get; set; }

    public int StartYear { get; set; }

    public int TargetYear { get; set; }

    /// <summary>The document the figures come from (title, issuer, date).</summary>
    public required string SourceDocument { get; set; }

    /// <summary>Version of the reviewed seed file the plan was last loaded from.</summary>
    public required string SeedVersion { get; set; }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("indicator_plans");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.Property(p => p.NameZh).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(300);
        builder.Property(p => p.SourceDocument).HasMaxLength(400);
        builder.Property(p => p.SeedVersion).HasMaxLength(40);
    }
}
