using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Projects.Model;

/// <summary>What made a check: a save (form or API), an import, a stage transition, or a bulk re-check.</summary>
public enum CheckTrigger
{
    Save = 1,
    Import = 2,
    StageTransition = 3,
    Bulk = 4,
}

/// <summary>
/// One check of a project against the rules, kept for good: the stage, the rule-set version used, the review
/// date the rules were chosen by and the findings as they were, so an old check never changes.
/// </summary>
public sealed class ProjectCheckRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public ProjectStage Stage { get; set; }

    public CheckTrigger Trigger { get; set; } = CheckTrigger.Save;

    public required string RuleSetVersion { get; set; }

    public DateOnly DesignReviewDate { get; set; }

    public DateTime CheckedAtUtc { get; set; }

    public int MandatoryFindings { get; set; }

    public int AdvisoryFindings { get; set; }

    /// <summary>Set when the province let a stage transition pass despite 强制 findings: its reason (who: the audit log).</summary>
    public string? OverrideReason { get; set; }

    /// <summary>The findings as JSON (rule, severity, source, field, actual, operator, required).</summary>
    public required string Findings { get; set; }
}

internal sealed class ProjectCheckRecordConfiguration : IEntityTypeConfiguration<ProjectCheckRecord>
{
    public void Configure(EntityTypeBuilder<ProjectCheckRecord> builder)
    {
        builder.ToTable("project_checks");
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Trigger).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RuleSetVersion).HasMaxLength(20);
        builder.Property(c => c.Findings).HasColumnType("text");
        builder.Property(c => c.OverrideReason).HasMaxLength(500);
        builder.HasIndex(c => c.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
