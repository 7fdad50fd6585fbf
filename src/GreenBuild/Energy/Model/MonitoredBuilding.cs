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

    /// <summary>
    /// The row's revision: 0 when inserted, raised by one by a database trigger on every UPDATE, whoever makes it (the
    /// product, a migration, an administrator's SQL). Never set by code; it lets <c>BuildingCatalog</c> keep a building's
    /// descriptive columns in memory and know when they are out of date.
    /// </summary>
    public long Revision { get; private set; }
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
        // Written by the trigger of migration EnergyBuildingRevision only: EF inserts the default and never updates it.
        builder.Property(b => b.Revision).HasDefaultValue(0L).ValueGeneratedNever();
    }
}
