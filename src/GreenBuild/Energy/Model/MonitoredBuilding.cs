using GreenBuild.Platform.Accounts;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Energy.Model;

/// <summary>监测建筑 — a public building on the monitoring platform, linked to its registry project when known.</summary>
public sealed class MonitoredBuilding : ICityScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The national 10-character building code (6-digit place code + 4-digit serial).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>GB/T 2260 code of the county or prefecture the building is in.</summary>
    public required string CityCode { get; set; }

    public PublicBuildingType BuildingType { get; set; }

    public OperationClass OperationClass { get; set; } = OperationClass.A;

    public ClimateZone ClimateZone { get; set; } = ClimateZone.Cold;

    /// <summary>Floor area, m² (the denominator of every intensity).</summary>
    public decimal FloorArea { get; set; }

    /// <summary>The registry project (IProjectRegistry) when the building is a registered project.</summary>
    public Guid? ProjectId { get; set; }

    public bool IsDemo { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class MonitoredBuildingConfiguration : IEntityTypeConfiguration<MonitoredBuilding>
{
    public void Configure(EntityTypeBuilder<MonitoredBuilding> builder)
    {
        builder.ToTable("energy_buildings");
        builder.Property(b => b.Code).HasMaxLength(10);
        builder.HasIndex(b => b.Code).IsUnique();
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.CityCode).HasMaxLength(6);
        builder.HasIndex(b => b.CityCode);
        builder.Property(b => b.BuildingType).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.OperationClass).HasConversion<string>().HasMaxLength(2);
        builder.Property(b => b.ClimateZone).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.FloorArea).HasPrecision(14, 2);
    }
}
