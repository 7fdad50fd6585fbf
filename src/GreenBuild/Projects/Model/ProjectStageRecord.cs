using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Projects.Model;

/// <summary>
/// The project as it stood at one stage (what was approved at 施工图审查, what was accepted at 竣工验收): the
/// record of the current stage follows the project's edits; once the project moves on, it is kept as it was.
/// </summary>
public sealed class ProjectStageRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public ProjectStage Stage { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    /// <summary>The project's fields at this stage, as JSON (<see cref="ProjectSnapshot"/>).</summary>
    public required string Snapshot { get; set; }
}

internal sealed class ProjectStageRecordConfiguration : IEntityTypeConfiguration<ProjectStageRecord>
{
    public void Configure(EntityTypeBuilder<ProjectStageRecord> builder)
    {
        builder.ToTable("project_stage_records");
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Snapshot).HasColumnType("text");
        builder.HasIndex(r => new { r.ProjectId, r.Stage }).IsUnique();
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
