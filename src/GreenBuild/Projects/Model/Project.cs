using GreenBuild.Platform.Accounts;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Projects.Model;

/// <summary>
/// 项目 — a building project in the registry, as it stands now (the record at each stage it passed is kept in
/// <see cref="ProjectStageRecord"/>). <see cref="Code"/> is the stable project code the owner or the city gives
/// it: saving or re-importing the same code updates, never duplicates.
/// </summary>
public sealed class Project : ICityScoped, IOrganizationScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>GB/T 2260 code of the county or prefecture where the project is built.</summary>
    public required string CityCode { get; set; }

    /// <summary>建设地点 — street address or plot.</summary>
    public string? Location { get; set; }

    /// <summary>建设单位 — the owner organization; applicants see their own organization's projects.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>设计单位.</summary>
    public Guid? DesignOrganizationId { get; set; }

    /// <summary>施工单位.</summary>
    public Guid? ConstructionOrganizationId { get; set; }

    public ProjectStage Stage { get; set; } = ProjectStage.Initiation;

    public bool IsUrban { get; set; } = true;

    public bool IsNewBuilding { get; set; } = true;

    public ProjectBuildingType BuildingType { get; set; }

    public BuildingSubtype Subtype { get; set; }

    public Funding Funding { get; set; }

    /// <summary>地上建筑面积 m².</summary>
    public decimal FloorAreaAbove { get; set; }

    /// <summary>地下建筑面积 m².</summary>
    public decimal FloorAreaBelow { get; set; }

    /// <summary>地上层数.</summary>
    public int Storeys { get; set; }

    /// <summary>建筑高度 m.</summary>
    public decimal Height { get; set; }

    /// <summary>超限高层建筑工程.</summary>
    public bool IsSuperHighRise { get; set; }

    /// <summary>立项 date.</summary>
    public DateOnly? InitiationDate { get; set; }

    /// <summary>施工图审查 date, once reviewed: decides which rules apply.</summary>
    public DateOnly? DesignReviewDate { get; set; }

    /// <summary>施工许可 date.</summary>
    public DateOnly? ConstructionPermitDate { get; set; }

    /// <summary>竣工验收 date.</summary>
    public DateOnly? CompletionDate { get; set; }

    /// <summary>执行的节能标准 (65, 72, 75, 83 %).</summary>
    public int? EnergyStandardPercent { get; set; }

    public GreenLevel GreenLevel { get; set; }

    /// <summary>What the green level rests on: the label certificate number, a design self-assessment, a revocation.</summary>
    public string? GreenLevelEvidence { get; set; }

    public bool IsPrefabricated { get; set; }

    public StructureType StructureType { get; set; } = StructureType.Concrete;

    /// <summary>装配率 P (%): entered from the 评价 report, or computed by the GB/T 51129 calculator from <see cref="AssemblyRateInput"/>.</summary>
    public decimal? AssemblyRatePercent { get; set; }

    /// <summary>The GB/T 51129 calculator's input as JSON, when the project was scored here.</summary>
    public string? AssemblyRateInput { get; set; }

    /// <summary>装配式建筑示范项目.</summary>
    public bool IsDemonstration { get; set; }

    /// <summary>绿色建筑创新项目.</summary>
    public bool IsGreenInnovationProject { get; set; }

    /// <summary>示范区 — the demonstration zone (绿色生态城区, 装配式建筑示范城市 …) the project is in.</summary>
    public string? DemonstrationZone { get; set; }

    public LowEnergyClass LowEnergyClass { get; set; }

    /// <summary>太阳能热水集热面积 m².</summary>
    public decimal SolarThermalArea { get; set; }

    /// <summary>光伏装机容量 kWp.</summary>
    public decimal PvCapacityKwp { get; set; }

    /// <summary>地源热泵应用建筑面积 m².</summary>
    public decimal GroundSourceHeatPumpArea { get; set; }

    /// <summary>空气源热泵应用建筑面积 m².</summary>
    public decimal AirSourceHeatPumpArea { get; set; }

    /// <summary>地热能（中深层）供暖建筑面积 m².</summary>
    public decimal GeothermalArea { get; set; }

    /// <summary>强制 findings of the latest check (kept here so lists filter on it without reading the checks).</summary>
    public int MandatoryFindings { get; set; }

    /// <summary>建议 findings of the latest check.</summary>
    public int AdvisoryFindings { get; set; }

    /// <summary>Made by the demo seeder; dashboards say so.</summary>
    public bool IsDemo { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>总建筑面积 m².</summary>
    public decimal FloorArea => FloorAreaAbove + FloorAreaBelow;

    /// <summary>What the rules read, on the review date (or the given day before the review).</summary>
    public ProjectFacts Facts(DateOnly today) => new()
    {
        CityCode = CityCode, IsUrban = IsUrban, IsNewBuilding = IsNewBuilding, BuildingType = BuildingType, Funding = Funding,
        FloorArea = FloorArea, Height = Height, IsSuperHighRise = IsSuperHighRise,
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
        builder.Property(p => p.Location).HasMaxLength(200);
        builder.HasIndex(p => p.CityCode);
        builder.HasIndex(p => p.OrganizationId);
        builder.HasIndex(p => p.DesignReviewDate);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.BuildingType).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Subtype).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Funding).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.GreenLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.GreenLevelEvidence).HasMaxLength(200);
        builder.Property(p => p.StructureType).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.LowEnergyClass).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.AssemblyRateInput).HasColumnType("text");
        builder.Property(p => p.DemonstrationZone).HasMaxLength(100);
        builder.Ignore(p => p.FloorArea);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.DesignOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.ConstructionOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
