using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>
/// 随机源 — a future public random source named at announcement (e.g. "福彩3D 第2026318期 开奖号码"); its
/// values are entered once, after they are published. A second, different value is refused.
/// </summary>
public sealed class TaskSource
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TaskId { get; set; }

    /// <summary>1-based position: the order of the RFC 3797 key.</summary>
    public int Position { get; set; }

    public required string Name { get; set; }

    /// <summary>Where and when it is published (for people).</summary>
    public string Description { get; set; } = "";

    public string? Values { get; set; }

    public string? EnteredBy { get; set; }

    public DateTime? EnteredAtUtc { get; set; }
}

internal sealed class TaskSourceConfiguration : IEntityTypeConfiguration<TaskSource>
{
    public void Configure(EntityTypeBuilder<TaskSource> builder)
    {
        builder.ToTable("supervision_task_sources");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TaskId, s.Position }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Description).HasMaxLength(400);
        builder.Property(s => s.Values).HasMaxLength(4000);
        builder.Property(s => s.EnteredBy).HasMaxLength(200);
    }
}
