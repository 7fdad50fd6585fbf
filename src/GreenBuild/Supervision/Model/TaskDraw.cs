using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>
/// One stored draw of a task: number n (its RFC 3797 key is the task's sources followed by the source
/// "抽取序号=n"), the list it drew from, the object it drew inspectors for, the avoidance list it applied and the
/// selection — everything the public page and <c>greenbuild draw verify</c> need to redo it.
/// </summary>
public sealed class TaskDraw
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TaskId { get; set; }

    public int Sequence { get; set; }

    public Guid ListId { get; set; }

    /// <summary>For an inspector draw: the object whose inspectors were drawn.</summary>
    public string? ForObject { get; set; }

    public int Count { get; set; }

    /// <summary>The RFC 3797 key (for people; it is recomputed when verified).</summary>
    public required string Key { get; set; }

    /// <summary>One avoided id per line, a tab and the reason.</summary>
    public string AvoidText { get; set; } = "";

    /// <summary>The chosen ids in draw order, one per line.</summary>
    public required string SelectedText { get; set; }
}

internal sealed class TaskDrawConfiguration : IEntityTypeConfiguration<TaskDraw>
{
    public void Configure(EntityTypeBuilder<TaskDraw> builder)
    {
        builder.ToTable("supervision_task_draws");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.TaskId, d.Sequence }).IsUnique();
        builder.Property(d => d.ForObject).HasMaxLength(200);
        builder.Property(d => d.Key).HasMaxLength(8000);
    }
}
