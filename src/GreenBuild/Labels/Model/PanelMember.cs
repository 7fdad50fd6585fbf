using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>评审组成员 — a drawn expert's assignment: its scores per item with comments, or its declared conflict.</summary>
public sealed class PanelMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PanelId { get; set; }

    public Guid ExpertId { get; set; }

    public required string ExpertCode { get; set; }

    public required string ExpertName { get; set; }

    public required string UserId { get; set; }

    public Specialty Specialty { get; set; }

    /// <summary>The draw round that chose it (1 = the first draw).</summary>
    public int Round { get; set; }

    public MemberStatus Status { get; set; }

    public string? ConflictReason { get; set; }

    /// <summary>The <see cref="ExpertScore"/> list as JSON.</summary>
    public string ScoresJson { get; set; } = "[]";

    public string? Opinion { get; set; }

    public GreenLevel? RecommendedLevel { get; set; }

    public DateTime AssignedAtUtc { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    /// <summary>This member's own review deadline (a replacement drawn after the panel's deadline); null: the panel's.</summary>
    public DateTime? DeadlineUtc { get; set; }

    /// <summary>Why the province replaced this member (missed deadline), and when.</summary>
    public string? ReplacedReason { get; set; }

    public DateTime? ReplacedAtUtc { get; set; }

    /// <summary>On the panel: drawn and neither withdrawn (conflict) nor replaced.</summary>
    public bool IsSeated => Status is MemberStatus.Assigned or MemberStatus.Submitted;

    public DateTime? DeadlineOn(ReviewPanel panel) => DeadlineUtc ?? panel.DeadlineUtc;
}

/// <summary>An expert's score of one self-assessed item, with its comment.</summary>
public sealed record ExpertScore(string Clause, decimal Score, string? Comment);

internal sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.ToTable("label_panel_members");
        builder.Property(m => m.ExpertCode).HasMaxLength(20);
        builder.Property(m => m.ExpertName).HasMaxLength(100);
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.HasIndex(m => m.UserId);
        builder.Property(m => m.Specialty).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ConflictReason).HasMaxLength(500);
        builder.Property(m => m.ReplacedReason).HasMaxLength(500);
        builder.Ignore(m => m.IsSeated);
        builder.Property(m => m.Opinion).HasMaxLength(4000);
        builder.Property(m => m.RecommendedLevel).HasConversion<string>().HasMaxLength(20);
    }
}
