using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Projects.Rules;

/// <summary>建筑类型 — the registry's building types.</summary>
public enum ProjectBuildingType
{
    /// <summary>居住建筑</summary>
    Residential = 1,

    /// <summary>公共建筑</summary>
    Public = 2,

    /// <summary>工业建筑</summary>
    Industrial = 3,

    /// <summary>农村建筑</summary>
    Rural = 4,
}

/// <summary>资金来源 — how a project is funded.</summary>
public enum Funding
{
    /// <summary>政府投资</summary>
    Government = 1,

    /// <summary>国有资金</summary>
    StateOwned = 2,

    /// <summary>社会资本</summary>
    Private = 3,
}

/// <summary>结构形式.</summary>
public enum StructureType
{
    Concrete = 1,
    Steel = 2,
    Timber = 3,
    Masonry = 4,
    Other = 5,
}

/// <summary>
/// What the rules read of a project as it stands at one stage (施工图审查, 竣工验收…): the registry maps its
/// records to this, so the rules never depend on how projects are stored.
/// </summary>
public sealed record ProjectFacts
{
    public string CityCode { get; init; } = "";

    /// <summary>城镇 (true) or 农村 (false) — the plan's green-building rules apply to 城镇新建建筑.</summary>
    public bool IsUrban { get; init; } = true;

    public bool IsNewBuilding { get; init; } = true;

    public ProjectBuildingType BuildingType { get; init; }

    public Funding Funding { get; init; }

    /// <summary>总建筑面积 m² (above and below ground).</summary>
    public decimal FloorArea { get; init; }

    /// <summary>建筑高度 m.</summary>
    public decimal? Height { get; init; }

    /// <summary>超限高层建筑工程 — as the review of 超限高层 decided it.</summary>
    public bool IsSuperHighRise { get; init; }

    /// <summary>施工图审查 date: the rules in force on this day apply.</summary>
    public DateOnly DesignReviewDate { get; init; }

    /// <summary>执行的节能标准 (65, 72, 75, 83 …%).</summary>
    public int? EnergyStandardPercent { get; init; }

    public GreenLevel GreenLevel { get; init; }

    /// <summary>按装配式建筑建造.</summary>
    public bool IsPrefabricated { get; init; }

    /// <summary>装配率 P' (%), from the GB/T 51129 calculator.</summary>
    public decimal? AssemblyRatePercent { get; init; }

    /// <summary>装配式建筑示范项目.</summary>
    public bool IsDemonstration { get; init; }

    /// <summary>绿色建筑创新项目.</summary>
    public bool IsGreenInnovationProject { get; init; }

    public StructureType StructureType { get; init; }

    /// <summary>太阳能热水集热面积 m².</summary>
    public decimal SolarThermalArea { get; init; }

    /// <summary>光伏装机容量 kWp.</summary>
    public decimal PvCapacityKwp { get; init; }
}
