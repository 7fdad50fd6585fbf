using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>站内通知 — a message to an applicant or expert, shown in the app and, when mail is configured, e-mailed.</summary>
public sealed class LabelNotification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string UserId { get; set; }

    public string? Email { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public string? Link { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }

    /// <summary>pending, sent, failed or off (mail not configured).</summary>
    public string EmailStatus { get; set; } = "pending";

    public string? EmailError { get; set; }
}

internal sealed class LabelNotificationConfiguration : IEntityTypeConfiguration<LabelNotification>
{
    public void Configure(EntityTypeBuilder<LabelNotification> builder)
    {
        builder.ToTable("label_notifications");
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.HasIndex(n => n.UserId);
        builder.Property(n => n.Email).HasMaxLength(256);
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.Property(n => n.EmailStatus).HasMaxLength(20);
        builder.Property(n => n.EmailError).HasMaxLength(1000);
    }
}
