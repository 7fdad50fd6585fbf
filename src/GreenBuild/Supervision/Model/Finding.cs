using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>问题严重程度 — how serious a finding is; decides rectification and the credit entry.</summary>
public enum FindingSeverity
{
    /// <summary>一般问题</summary>
    Minor = 1,

    /// <summary>较重问题 — rectification required.</summary>
    Major = 2,

    /// <summary>严重问题（违反强制性标准）— rectification required and a bad credit entry.</summary>
    Serious = 3,
}

/// <summary>检查发现的问题 — a finding against a checklist item, with photos or documents.</summary>
public sealed class Finding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; set; }

    public required string ItemCode { get; set; }

    public FindingSeverity Severity { get; set; }

    public required string Description { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("supervision_findings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ItemCode).HasMaxLength(40);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Description).HasMaxLength(4000);
        builder.Property(f => f.RecordedBy).HasMaxLength(200);
    }
}
