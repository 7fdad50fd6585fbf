using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>Whether a published list holds inspection objects (one list per stratum) or the task's inspectors.</summary>
public enum TaskListKind
{
    Objects = 1,
    Inspectors = 2,
}

/// <summary>
/// 公布的候选名单 — a candidate list as published at announcement: its canonical text (one id per line in UTF-8
/// order) and SHA-256, how many are drawn from it, and a snapshot of each member's attributes (city, employer,
/// previous inspectors…) so that the draw depends only on what was announced.
/// </summary>
public sealed class TaskList
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TaskId { get; set; }

    public TaskListKind Kind { get; set; }

    /// <summary>The stratum ("" without stratification; "140100", "Residential", "140100/Residential").</summary>
    public string Stratum { get; set; } = "";

    /// <summary>How many are drawn from this list (objects), or per object (inspectors).</summary>
    public int DrawCount { get; set; }

    public int Size { get; set; }

    public required string CanonicalText { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>JSON array of <c>ListMember</c>.</summary>
    public required string MembersJson { get; set; }
}

internal sealed class TaskListConfiguration : IEntityTypeConfiguration<TaskList>
{
    public void Configure(EntityTypeBuilder<TaskList> builder)
    {
        builder.ToTable("supervision_task_lists");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Stratum).HasMaxLength(100);
        builder.HasIndex(l => new { l.TaskId, l.Kind, l.Stratum }).IsUnique();
        builder.Property(l => l.Sha256).HasMaxLength(64);
    }
}
