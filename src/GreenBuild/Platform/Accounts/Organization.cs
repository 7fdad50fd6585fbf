using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Platform.Accounts;

/// <summary>The kind of an organization.</summary>
public enum OrganizationKind
{
    /// <summary>省住房和城乡建设厅</summary>
    ProvincialDepartment,

    /// <summary>市县住建部门</summary>
    CityDepartment,

    /// <summary>建设单位 / 开发企业</summary>
    Developer,

    /// <summary>设计单位</summary>
    DesignFirm,

    /// <summary>施工单位</summary>
    Contractor,

    /// <summary>科研院所 / 高校</summary>
    Institute,

    /// <summary>检测机构</summary>
    TestingLab,

    /// <summary>其他</summary>
    Other,
}

/// <summary>An organization users belong to; applicants see only their own organization's records.</summary>
public sealed class Organization
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public OrganizationKind Kind { get; set; }

    /// <summary>统一社会信用代码 — the 18-character unified social credit code, when known.</summary>
    public string? CreditCode { get; set; }

    /// <summary>GB/T 2260 code of the city where the organization is registered.</summary>
    public string? CityCode { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.CreditCode).HasMaxLength(18);
        builder.Property(o => o.CityCode).HasMaxLength(6);
    }
}
