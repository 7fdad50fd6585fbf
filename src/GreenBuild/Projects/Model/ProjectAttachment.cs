using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Projects.Model;

/// <summary>What an attachment is: drawings, calculation reports, evaluation reports …</summary>
public enum AttachmentKind
{
    /// <summary>施工图</summary>
    Drawings = 1,

    /// <summary>节能计算书</summary>
    EnergyCalculation = 2,

    /// <summary>绿色建筑自评估报告</summary>
    GreenSelfAssessment = 3,

    /// <summary>装配率计算书</summary>
    AssemblyRateReport = 4,

    /// <summary>审查合格书 / 施工许可证 / 竣工验收报告</summary>
    StageCertificate = 5,

    /// <summary>其他</summary>
    Other = 9,
}

/// <summary>A file kept with a project at a stage. The bytes live in <see cref="ProjectAttachmentContent"/> so lists never load them.</summary>
public sealed class ProjectAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public ProjectStage Stage { get; set; }

    public AttachmentKind Kind { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    /// <summary>SHA-256 of the bytes, hex: proves what was filed.</summary>
    public required string Sha256 { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}

/// <summary>The bytes of an attachment.</summary>
public sealed class ProjectAttachmentContent
{
    public Guid AttachmentId { get; set; }

    public required byte[] Bytes { get; set; }
}

internal sealed class ProjectAttachmentConfiguration : IEntityTypeConfiguration<ProjectAttachment>
{
    public void Configure(EntityTypeBuilder<ProjectAttachment> builder)
    {
        builder.ToTable("project_attachments");
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasIndex(a => a.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectAttachmentContentConfiguration : IEntityTypeConfiguration<ProjectAttachmentContent>
{
    public void Configure(EntityTypeBuilder<ProjectAttachmentContent> builder)
    {
        builder.ToTable("project_attachment_contents");
        builder.HasKey(c => c.AttachmentId);
        builder.HasOne<ProjectAttachment>().WithOne().HasForeignKey<ProjectAttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
