using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>公示 — the public notice of a proposed label on the portal, open for objections from start to end.</summary>
public sealed class PublicNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public required string ApplicationNumber { get; set; }

    public required string ProjectName { get; set; }

    public required string OrganizationName { get; set; }

    public required string CityCode { get; set; }

    public GreenLevel ProposedLevel { get; set; }

    public decimal PanelScore { get; set; }

    public int Days { get; set; }

    public DateTime StartsAtUtc { get; set; }

    public DateTime EndsAtUtc { get; set; }

    public required string PublishedBy { get; set; }

    public bool IsOpenAt(DateTime utc) => utc >= StartsAtUtc && utc < EndsAtUtc;
}

internal sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> builder)
    {
        builder.ToTable("label_notices");
        builder.Property(n => n.ApplicationNumber).HasMaxLength(20);
        builder.Property(n => n.ProjectName).HasMaxLength(200);
        builder.Property(n => n.OrganizationName).HasMaxLength(200);
        builder.Property(n => n.CityCode).HasMaxLength(6);
        builder.Property(n => n.ProposedLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.PublishedBy).HasMaxLength(200);
        builder.HasIndex(n => n.ApplicationId);
        builder.HasOne<LabelApplication>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
