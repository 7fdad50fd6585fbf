using GreenBuild.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>
/// 检查对象名录 — a product or monitored building in the supervision directory. Projects come from the
/// registry and enterprises from the platform's organizations, so they are not stored here.
/// </summary>
public sealed class InspectionObject : ICityScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ObjectKind Kind { get; set; }

    /// <summary>The id on published candidate lists (product code, building code).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string CityCode { get; set; }

    /// <summary>Type used for filters and stratification (保温材料, 门窗, 办公建筑…).</summary>
    public required string Type { get; set; }

    /// <summary>The responsible enterprise (manufacturer, owner): avoidance of its employees, credit filter.</summary>
    public Guid? OrganizationId { get; set; }

    public bool IsActive { get; set; } = true;

    public bool IsDemo { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

internal sealed class InspectionObjectConfiguration : IEntityTypeConfiguration<InspectionObject>
{
    public void Configure(EntityTypeBuilder<InspectionObject> builder)
    {
        builder.ToTable("supervision_objects");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Code).HasMaxLength(60);
        builder.HasIndex(o => new { o.Kind, o.Code }).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.CityCode).HasMaxLength(6);
        builder.Property(o => o.Type).HasMaxLength(60);
    }
}
