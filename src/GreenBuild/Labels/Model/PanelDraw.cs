using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 专业抽取 — one specialty's draw of a panel: the frozen candidate list (canonical text and its SHA-256, published
/// at the announcement), how many are drawn, the avoidance list used (id, tab, reason per line) and every step.
/// Everything <c>/draw/verify</c> needs to recompute it.
/// </summary>
public sealed class PanelDraw
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PanelId { get; set; }

    public Specialty Specialty { get; set; }

    public int Count { get; set; }

    public required string CandidateText { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>The avoidance list of the latest run: one <c>id\treason</c> per line.</summary>
    public string AvoidText { get; set; } = "";

    /// <summary>The steps of the latest run (position, candidate, chosen, reason) as JSON.</summary>
    public string StepsJson { get; set; } = "[]";

    /// <summary>1 for the first draw; +1 for each replacement after a declared conflict.</summary>
    public int Round { get; set; }
}

internal sealed class PanelDrawConfiguration : IEntityTypeConfiguration<PanelDraw>
{
    public void Configure(EntityTypeBuilder<PanelDraw> builder)
    {
        builder.ToTable("label_panel_draws");
        builder.Property(d => d.Specialty).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.HasIndex(d => new { d.PanelId, d.Specialty }).IsUnique();
    }
}
