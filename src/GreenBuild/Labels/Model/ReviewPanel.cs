using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 专家评审组 — the panel reviewing one version of an application. Announced first (the candidate lists'
/// digests and the named random sources are published), then drawn from the sources' values with RFC 3797;
/// closed by its conclusion, after which its experts no longer see the application.
/// </summary>
public sealed class ReviewPanel
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public int Version { get; set; }

    public PanelStatus Status { get; set; }

    /// <summary>The announced random sources' names, one per line, in key order (e.g. 福彩3D 第2026318期).</summary>
    public required string SourceNames { get; set; }

    /// <summary>The sources as entered at the draw, one per line (<c>name=values</c>), in key order.</summary>
    public string? SourceValues { get; set; }

    /// <summary>The RFC 3797 key built from the sources.</summary>
    public string? DrawKey { get; set; }

    public DateTime AnnouncedAtUtc { get; set; }

    public DateTime? DrawnAtUtc { get; set; }

    /// <summary>评审截止时间 — scores after it are refused.</summary>
    public DateTime? DeadlineUtc { get; set; }

    public GreenLevel? ConclusionLevel { get; set; }

    public decimal? ConclusionScore { get; set; }

    /// <summary>The calculator's explanation of the panel's averaged scores, as JSON.</summary>
    public string? ConclusionJson { get; set; }

    public string? Opinion { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public List<PanelDraw> Draws { get; set; } = [];

    public List<PanelMember> Members { get; set; } = [];
}

internal sealed class ReviewPanelConfiguration : IEntityTypeConfiguration<ReviewPanel>
{
    public void Configure(EntityTypeBuilder<ReviewPanel> builder)
    {
        builder.ToTable("label_panels");
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SourceNames).HasMaxLength(2000);
        builder.Property(p => p.SourceValues).HasMaxLength(4000);
        builder.Property(p => p.DrawKey).HasMaxLength(4000);
        builder.Property(p => p.ConclusionLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Opinion).HasMaxLength(4000);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.HasIndex(p => p.ApplicationId);
        builder.HasOne<LabelApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Draws).WithOne().HasForeignKey(d => d.PanelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.PanelId).OnDelete(DeleteBehavior.Cascade);
    }
}
