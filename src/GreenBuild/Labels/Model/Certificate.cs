using GreenBuild.Platform.Accounts;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 绿色建筑标识证书 — the certificate of a recognised one- or two-star building: its number (see
/// <c>CertificateNumber</c>), the verification code checked on the public page, its current level and status
/// (downgraded or revoked after a re-check, with the reason published), the next re-check and the link to the
/// building's operation data in monitoring.
/// </summary>
public sealed class Certificate : ICityScoped, IOrganizationScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Number { get; set; }

    /// <summary>验证码 printed on the certificate (12 characters of an unambiguous alphabet).</summary>
    public required string VerificationCode { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid ProjectId { get; set; }

    public required string ProjectCode { get; set; }

    public required string ProjectName { get; set; }

    public required string CityCode { get; set; }

    public Guid OrganizationId { get; set; }

    public required string OrganizationName { get; set; }

    public decimal FloorArea { get; set; }

    /// <summary>The level now (after any downgrade).</summary>
    public GreenLevel Level { get; set; }

    /// <summary>The level as certified.</summary>
    public GreenLevel CertifiedLevel { get; set; }

    public CertificateStatus Status { get; set; } = CertificateStatus.Valid;

    public string? StatusReason { get; set; }

    public DateTime? StatusChangedAtUtc { get; set; }

    public DateTime IssuedAtUtc { get; set; }

    public DateTime NextRecheckDueUtc { get; set; }

    /// <summary>The monitoring building code its energy and water data come from (the energy module's id).</summary>
    public string? MonitoringBuildingCode { get; set; }

    public DateTime? MonitoringLinkedAtUtc { get; set; }

    public bool IsDemo { get; set; }

    /// <summary>Counts towards the indicators: valid or downgraded, not revoked.</summary>
    public bool IsInForce => Status != CertificateStatus.Revoked;
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("label_certificates");
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.VerificationCode).HasMaxLength(20);
        builder.Property(c => c.ProjectCode).HasMaxLength(40);
        builder.Property(c => c.ProjectName).HasMaxLength(200);
        builder.Property(c => c.CityCode).HasMaxLength(6);
        builder.Property(c => c.OrganizationName).HasMaxLength(200);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CertifiedLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.StatusReason).HasMaxLength(2000);
        builder.Property(c => c.MonitoringBuildingCode).HasMaxLength(60);
        builder.HasIndex(c => c.ApplicationId).IsUnique();
        builder.HasIndex(c => c.ProjectId);
        builder.HasOne<LabelApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
