using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>整改状态</summary>
public enum RectificationStatus
{
    /// <summary>整改中</summary>
    Open = 1,

    /// <summary>已报整改完成 — awaiting re-inspection.</summary>
    Reported = 2,

    /// <summary>复查合格</summary>
    Passed = 3,

    /// <summary>复查不合格 — a new order follows, and a bad credit entry.</summary>
    Failed = 4,
}

/// <summary>整改通知 — a rectification order with a deadline; reminders before and after it; closed by re-inspection.</summary>
public sealed class Rectification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; set; }

    public required string Requirement { get; set; }

    public DateTime DeadlineUtc { get; set; }

    public RectificationStatus Status { get; set; } = RectificationStatus.Open;

    public string? Report { get; set; }

    public DateTime? ReportedAtUtc { get; set; }

    public string? ReinspectionNote { get; set; }

    public string? ReinspectedBy { get; set; }

    public DateTime? ReinspectedAtUtc { get; set; }

    /// <summary>Reminders sent: the last one's time keeps the service from repeating itself within a day.</summary>
    public int Reminders { get; set; }

    public DateTime? LastReminderAtUtc { get; set; }

    public bool IsOverdue { get; set; }

    public required string IssuedBy { get; set; }

    /// <summary>The issuing official's account id (the actor id), who is reminded with the enterprise.</summary>
    public string? IssuedById { get; set; }

    public DateTime IssuedAtUtc { get; set; }
}

/// <summary>整改提醒 — a reminder of a rectification deadline, kept for the responsible enterprise and the officers.</summary>
public sealed class RectificationReminder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RectificationId { get; set; }

    public Guid InspectionId { get; set; }

    /// <summary>DueSoon or Overdue.</summary>
    public required string Kind { get; set; }

    public DateTime SentAtUtc { get; set; }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> builder)
    {
        builder.ToTable("supervision_rectifications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Requirement).HasMaxLength(4000);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Report).HasMaxLength(4000);
        builder.Property(r => r.ReinspectionNote).HasMaxLength(4000);
        builder.Property(r => r.ReinspectedBy).HasMaxLength(200);
        builder.Property(r => r.IssuedBy).HasMaxLength(200);
        builder.Property(r => r.IssuedById).HasMaxLength(450);
        builder.HasIndex(r => new { r.Status, r.DeadlineUtc });
    }
}

internal sealed class RectificationReminderConfiguration : IEntityTypeConfiguration<RectificationReminder>
{
    public void Configure(EntityTypeBuilder<RectificationReminder> builder)
    {
        builder.ToTable("supervision_reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.HasIndex(r => r.RectificationId);
    }
}
