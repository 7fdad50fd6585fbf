using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>公示异议 — an objection filed by anyone during a notice, with a tracking code, and how it was handled.</summary>
public sealed class Objection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid NoticeId { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>查询码 given to the objector.</summary>
    public required string TrackingCode { get; set; }

    public required string Name { get; set; }

    public required string Contact { get; set; }

    public required string Text { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public ObjectionStatus Status { get; set; } = ObjectionStatus.Pending;

    public string? Response { get; set; }

    public string? HandledBy { get; set; }

    public DateTime? HandledAtUtc { get; set; }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.ToTable("label_objections");
        builder.Property(o => o.TrackingCode).HasMaxLength(20);
        builder.HasIndex(o => o.TrackingCode).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Contact).HasMaxLength(200);
        builder.Property(o => o.Text).HasMaxLength(4000);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Response).HasMaxLength(4000);
        builder.Property(o => o.HandledBy).HasMaxLength(200);
        builder.HasIndex(o => o.NoticeId);
        builder.HasOne<PublicNotice>().WithMany().HasForeignKey(o => o.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
