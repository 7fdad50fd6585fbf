using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Projects.Model;

/// <summary>Where an uploaded import stands.</summary>
public enum ImportStatus
{
    /// <summary>排队中</summary>
    Queued = 1,

    /// <summary>校验中</summary>
    Checking = 2,

    /// <summary>已校验（可预览，待确认导入）</summary>
    Checked = 3,

    /// <summary>导入中</summary>
    Committing = 4,

    /// <summary>已导入</summary>
    Committed = 5,

    /// <summary>已取消（数据库未改变）</summary>
    Cancelled = 6,

    /// <summary>失败（数据库未改变）</summary>
    Failed = 7,
}

/// <summary>
/// An uploaded project file and what became of it: checked into a preview report, then committed or cancelled.
/// The file is kept (its SHA-256 is in the audit log) so the commit imports exactly what was previewed, and the
/// uploader's scope is kept so the queued work runs with the uploader's rights, not the server's.
/// </summary>
public sealed class ProjectImport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public long Length { get; set; }

    public required byte[] Content { get; set; }

    public ImportStatus Status { get; set; } = ImportStatus.Queued;

    public required string UploadedById { get; set; }

    public required string UploadedByName { get; set; }

    public bool ScopeIsProvince { get; set; }

    public string? ScopeCityCode { get; set; }

    public Guid? ScopeOrganizationId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>The last report (preview or commit) as JSON.</summary>
    public string? Report { get; set; }

    /// <summary>Why it failed or was cancelled, for the user.</summary>
    public string? Message { get; set; }
}

internal sealed class ProjectImportConfiguration : IEntityTypeConfiguration<ProjectImport>
{
    public void Configure(EntityTypeBuilder<ProjectImport> builder)
    {
        builder.ToTable("project_imports");
        builder.Property(i => i.FileName).HasMaxLength(200);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.UploadedById).HasMaxLength(100);
        builder.Property(i => i.UploadedByName).HasMaxLength(200);
        builder.Property(i => i.ScopeCityCode).HasMaxLength(6);
        builder.Property(i => i.Report).HasColumnType("text");
        builder.Property(i => i.Message).HasMaxLength(500);
        builder.HasIndex(i => i.UploadedById);
    }
}
