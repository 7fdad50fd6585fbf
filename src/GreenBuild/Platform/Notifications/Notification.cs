using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Platform.Notifications;

/// <summary>E-mail states of a notification.</summary>
public static class MailStatus
{
    /// <summary>Saved with its change, not yet sent.</summary>
    public const string Pending = "pending";

    public const string Sent = "sent";

    /// <summary>A send failed; it is tried again at <see cref="Notification.NextAttemptAtUtc"/>.</summary>
    public const string Failed = "failed";

    /// <summary>Given up after <see cref="MailOutbox.MaxAttempts"/> attempts (the last error is kept).</summary>
    public const string Error = "error";

    /// <summary>Mail is not configured or the recipient has no address: in-app only.</summary>
    public const string Off = "off";
}

/// <summary>
/// 通知 — a message to a user (shown in the app) and, when mail is configured and the user has an address, its e-mail
/// (the outbox row). Saved in the same unit of work as the change it reports, so neither is lost without the other;
/// <see cref="MailOutbox"/> sends it after the commit and retries a failed send. <see cref="Module"/> is the first
/// segment of its text key (<c>labels</c>, <c>supervision</c>). A notification without a user goes to an address only.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Module { get; set; }

    public string? UserId { get; set; }

    public string? Email { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public string? Link { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }

    /// <summary>One of <see cref="MailStatus"/>.</summary>
    public string EmailStatus { get; set; } = MailStatus.Pending;

    public string? EmailError { get; set; }

    public int Attempts { get; set; }

    /// <summary>When a pending or failed mail is due (null: at once).</summary>
    public DateTime? NextAttemptAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("platform_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Module).HasMaxLength(40);
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.HasIndex(n => new { n.UserId, n.Module });
        builder.Property(n => n.Email).HasMaxLength(256);
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.Property(n => n.EmailStatus).HasMaxLength(20);
        builder.HasIndex(n => new { n.EmailStatus, n.NextAttemptAtUtc });
        builder.Property(n => n.EmailError).HasMaxLength(1000);
    }
}
