using GreenBuild.Platform.Accounts;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Projects.Model;

/// <summary>
/// 项目 — a building project in the registry, as it stands now. <see cref="Code"/> is the stable project code the
/// owner or the city gives it (re-importing the same code updates, never duplicates).
/// </summary>
public sealed class Project : ICityScoped, IOrganizationScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>GB/T 2260 code of the county or prefecture where the project is built.</summary>
    public required string CityCode { get; set; }

    /// <summary>建设单位 — the owner organization; applicants see their own organization's projects.</summary>
    public Guid OrganizationId { get; set; }

    public ProjectStage Stage { get; set; } = ProjectStage.Initiation;

    public bool IsUrban { get; set; } = true;

    public bool IsNewBuilding { get; set; } = true;

    public ProjectBuildingType BuildingType { get; set; }

    public Funding Funding { get; set; }

    /// <summary>地上建筑面积 m².</summary>
    public decimal FloorAreaAbove { get; set; }

    /// <summary>地下建筑面积 m².</summary>
    public decimal FloorAreaBelow { get; set; }

    public int Storeys { get; set; }

    /// <summary>建筑高度 m.</summary>
    public decimal Height { get; set; }

    /// <summary>超限高层建筑工程.</summary>
    public bool IsSuperHighRise { get; set; }

    /// <summary>施工图审查 date, once reviewed: decides which rules apply.</summary>
    public DateOnly? DesignReviewDate { get; set; }

    public int? EnergyStandardPercent { get; set; }

    public GreenLevel GreenLevel { get; set; }

    /// <summary>What the green level rests on: the label certificate number, a design self-assessment, a revocation.</summary>
    public string? GreenLevelEvidence { get; set; }

    public bool IsPrefabricated { get; set; }

    public decimal? AssemblyRatePercent { get; set; }

    public bool IsDemonstration { get; set; }

    public bool IsGreenInnovationProject { get; set; }

    public StructureType StructureType { get; set; } = StructureType.Concrete;

    public decimal SolarThermalArea { get; set; }

    public decimal PvCapacityKwp { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>What the rules read, on the review date (or the given day before the review).</summary>
    public ProjectFacts Facts(DateOnly today) => new()
    {
        CityCode = CityCode, IsUrban = IsUrban, IsNewBuilding = IsNewBuilding, BuildingType = BuildingType, Funding = Funding,
        FloorArea = FloorAreaAbove + FloorAreaBelow, Height = Height, IsSuperHighRise = IsSuperHighRise,
        DesignReviewDate = DesignReviewDate ?? today, EnergyStandardPercent = EnergyStandardPercent, GreenLevel = GreenLevel,
        IsPrefabricated = IsPrefabricated, AssemblyRatePercent = AssemblyRatePercent, IsDemonstration = IsDemonstration,
        IsGreenInnovationProject = IsGreenInnovationProject, StructureType = StructureType,
        SolarThermalArea = SolarThermalArea, PvCapacityKwp = PvCapacityKwp,
    };
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.CityCode).HasMaxLength(6);
        builder.HasIndex(p => p.CityCode);
        builder.HasIndex(p => p.OrganizationId);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.BuildingType).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Funding).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.GreenLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.GreenLevelEvidence).HasMaxLength(200);
        builder.Property(p => p.StructureType).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
