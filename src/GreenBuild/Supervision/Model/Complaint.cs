using GreenBuild.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>投诉举报的处理状态</summary>
public enum ComplaintStatus
{
    /// <summary>已受理 — received, awaiting routing.</summary>
    Received = 1,

    /// <summary>已转办 — routed to a city.</summary>
    Routed = 2,

    /// <summary>办理中</summary>
    InProgress = 3,

    /// <summary>已答复</summary>
    Answered = 4,

    /// <summary>不予受理 — spam or outside the remit, with the reason.</summary>
    Rejected = 5,
}

/// <summary>
/// 投诉举报 — filed by anyone without an account; followed with its tracking code. The contact is optional
/// and never shown publicly. <see cref="CityCode"/> is where it is handled (the province until routed).
/// </summary>
public sealed class Complaint : ICityScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>查询码 — 12 characters of Crockford base32 from a CSPRNG (60 bits), shown as XXXX-XXXX-XXXX.</summary>
    public required string TrackingCode { get; set; }

    public required string Category { get; set; }

    public required string CityCode { get; set; }

    public required string Place { get; set; }

    public required string Description { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public ComplaintStatus Status { get; set; } = ComplaintStatus.Received;

    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>Routing due (3 days) until routed, then the answer due (15 days from routing).</summary>
    public DateTime DueAtUtc { get; set; }

    /// <summary>The last deadline warning (DueSoon or Overdue) and the deadline it was for: one of each per deadline.</summary>
    public string? DeadlineWarning { get; set; }

    public DateTime? DeadlineWarnedForUtc { get; set; }

    public string? Answer { get; set; }

    public DateTime? AnsweredAtUtc { get; set; }

    /// <summary>The proof-of-work challenge it was filed with: unique, so a solved form is used once.</summary>
    public required string ChallengeId { get; set; }

    public List<ComplaintEvent> Events { get; set; } = [];
}

/// <summary>An entry of a complaint's history, shown on the tracking page (without officers' names).</summary>
public sealed class ComplaintEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ComplaintId { get; set; }

    public DateTime AtUtc { get; set; }

    public ComplaintStatus Status { get; set; }

    public string? Note { get; set; }

    public required string By { get; set; }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("supervision_complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.TrackingCode).HasMaxLength(12);
        builder.HasIndex(c => c.TrackingCode).IsUnique();
        builder.Property(c => c.Category).HasMaxLength(40);
        builder.Property(c => c.CityCode).HasMaxLength(6);
        builder.Property(c => c.Place).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(5000);
        builder.Property(c => c.ContactName).HasMaxLength(50);
        builder.Property(c => c.ContactPhone).HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Answer).HasMaxLength(5000);
        builder.Property(c => c.DeadlineWarning).HasMaxLength(20);
        builder.Property(c => c.ChallengeId).HasMaxLength(40);
        builder.HasIndex(c => c.ChallengeId).IsUnique();
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplaintEventConfiguration : IEntityTypeConfiguration<ComplaintEvent>
{
    public void Configure(EntityTypeBuilder<ComplaintEvent> builder)
    {
        builder.ToTable("supervision_complaint_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Note).HasMaxLength(5000);
        builder.Property(e => e.By).HasMaxLength(200);
    }
}
