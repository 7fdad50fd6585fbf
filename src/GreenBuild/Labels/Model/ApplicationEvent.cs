using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 办理记录 — one step of an application's history as its people read it (submitted, returned with reasons,
/// panel drawn, conflict declared…). The audit log keeps every field change besides; this is the readable trail.
/// </summary>
public sealed class ApplicationEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>
    /// The order the steps were recorded in: steps recorded at the same time (one request, or a clock that stands still)
    /// keep that order on every database. See <see cref="TimelineSequence"/>.
    /// </summary>
    public long Sequence { get; set; }

    public required string Actor { get; set; }

    /// <summary>Stable code, e.g. <c>submitted</c>, <c>returned</c>, <c>panel.drawn</c>; its text is <c>labels.event.{Kind}</c>.</summary>
    public required string Kind { get; set; }

    public string? Detail { get; set; }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("label_events");
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(4000);
        builder.HasIndex(e => new { e.ApplicationId, e.AtUtc, e.Sequence });
        builder.HasOne<LabelApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
