using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Indicators.Sources;

/// <summary>GB-SHARE 城镇绿色建筑占新建建筑比例: area of 基本级 or better ÷ area of new urban civil buildings (plan 四(二), line 110).</summary>
public sealed class GreenShareSource(GreenBuildDb db, RuleSetCatalog ruleSets) : RegistrySource(db, ruleSets)
{
    public override string Query => "projects.green-share";

    public override string RuleKey => "indicators.source.green-share";

    protected override RegistryMeasure Measure => RegistryMeasure.AreaShare;

    protected override bool Counts(Project project) => project.GreenLevel >= GreenLevel.Basic;

    protected override string Describe(Project project) => project.GreenLevel.ToString();
}

/// <summary>GB-STAR 一星级及以上绿色建筑占比: area of 一星级 or better ÷ area of new urban civil buildings (line 110).</summary>
public sealed class StarShareSource(GreenBuildDb db, RuleSetCatalog ruleSets) : RegistrySource(db, ruleSets)
{
    public override string Query => "projects.star-share";

    public override string RuleKey => "indicators.source.star-share";

    protected override RegistryMeasure Measure => RegistryMeasure.AreaShare;

    protected override bool Counts(Project project) => project.GreenLevel >= GreenLevel.OneStar;

    protected override string Describe(Project project) => project.GreenLevel.ToString();
}

/// <summary>
/// PREFAB 装配式建筑占城镇新建建筑面积比例: area of projects built as 装配式 whose assembly rate reaches the rule
/// set's minimum (GB/T 51129 §3.0.3, rule PREFAB-ASSEMBLY-RATE-50) ÷ area of all new urban buildings (line 49, 112).
/// </summary>
public sealed class PrefabricatedShareSource(GreenBuildDb db, RuleSetCatalog ruleSets) : RegistrySource(db, ruleSets)
{
    public override string Query => "projects.prefabricated-share";

    public override string RuleKey => "indicators.source.prefabricated-share";

    protected override RegistryMeasure Measure => RegistryMeasure.AreaShare;

    protected override IReadOnlyList<ProjectBuildingType> Types => [ProjectBuildingType.Residential, ProjectBuildingType.Public, ProjectBuildingType.Industrial];

    protected override bool Counts(Project project) =>
        project.IsPrefabricated && !CheckProjectAgainstRules.Check(project.Facts(project.DesignReviewDate!.Value), Rules).Findings
            .Any(f => f.RuleCode == "PREFAB-ASSEMBLY-RATE-50");

    protected override string Describe(Project project) => project.IsPrefabricated ? $"P = {project.AssemblyRatePercent}%" : "—";
}

/// <summary>
/// EE-COMPLY 新建建筑节能标准执行率: area of projects with no finding of an energy-standard rule (EE-*) of the rule
/// set in force on their review date ÷ area of new urban civil buildings (line 81).
/// </summary>
public sealed class EnergyStandardComplianceSource(GreenBuildDb db, RuleSetCatalog ruleSets) : RegistrySource(db, ruleSets)
{
    public override string Query => "projects.energy-standard-compliance";

    public override string RuleKey => "indicators.source.energy-standard-compliance";

    protected override RegistryMeasure Measure => RegistryMeasure.AreaShare;

    protected override bool Counts(Project project) =>
        !CheckProjectAgainstRules.Check(project.Facts(project.DesignReviewDate!.Value), Rules).Findings
            .Any(f => f.RuleCode.StartsWith("EE-", StringComparison.Ordinal));

    protected override string Describe(Project project) => project.EnergyStandardPercent is { } p ? $"{p}%" : "—";
}

/// <summary>GB-INNOV 绿色创新项目面积 (万m²): area of 绿色建筑创新项目 reviewed in the year (专栏, line 60).</summary>
public sealed class InnovationAreaSource(GreenBuildDb db, RuleSetCatalog ruleSets) : RegistrySource(db, ruleSets)
{
    public override string Query => "projects.innovation-area";

    public override string RuleKey => "indicators.source.innovation-area";

    protected override RegistryMeasure Measure => RegistryMeasure.Area;

    protected override bool Counts(Project project) => project.IsGreenInnovationProject;

    protected override string Describe(Project project) => project.GreenLevel.ToString();
}

/// <summary>GB-INNOV-CITY 各设区市绿色建筑创新项目数: 绿色建筑创新项目 of one star or better, per prefecture (line 113).</summary>
public sealed class InnovationProjectsSource(GreenBuildDb db, RuleSetCatalog ruleSets) : RegistrySource(db, ruleSets)
{
    public override string Query => "projects.innovation-count";

    public override string RuleKey => "indicators.source.innovation-count";

    protected override RegistryMeasure Measure => RegistryMeasure.Count;

    protected override bool Counts(Project project) => project.IsGreenInnovationProject && project.GreenLevel >= GreenLevel.OneStar;

    protected override string Describe(Project project) => project.GreenLevel.ToString();
}

/// <summary>ULE-PILOT 超低能耗、近零能耗建筑试点项目: projects designed as ultra-low, nearly-zero or zero energy (line 81).</summary>
public sealed class LowEnergyPilotsSource(GreenBuildDb db, RuleSetCatalog ruleSets) : RegistrySource(db, ruleSets)
{
    public override string Query => "projects.low-energy-pilots";

    public override string RuleKey => "indicators.source.low-energy-pilots";

    protected override RegistryMeasure Measure => RegistryMeasure.Count;

    protected override IReadOnlyList<ProjectBuildingType> Types => [ProjectBuildingType.Residential, ProjectBuildingType.Public, ProjectBuildingType.Industrial];

    protected override bool Counts(Project project) => project.LowEnergyClass != LowEnergyClass.None;

    protected override string Describe(Project project) => project.LowEnergyClass.ToString();
}

/// <summary>
/// RE-APP 新建建筑可再生能源应用比例: area of projects with a renewable system (solar thermal, PV, ground- or
/// air-source heat pumps, geothermal) ÷ area of new urban buildings (plan 四(一), line 83; 十三五 baseline line 8).
/// </summary>
public sealed class RenewableShareSource(GreenBuildDb db, RuleSetCatalog ruleSets) : RegistrySource(db, ruleSets)
{
    public override string Query => "projects.renewable-share";

    public override string RuleKey => "indicators.source.renewable-share";

    protected override RegistryMeasure Measure => RegistryMeasure.AreaShare;

    protected override IReadOnlyList<ProjectBuildingType> Types => [ProjectBuildingType.Residential, ProjectBuildingType.Public, ProjectBuildingType.Industrial];

    protected override bool Counts(Project project) => Renewables.Applies(project);

    protected override string Describe(Project project) => Renewables.Describe(project);
}

/// <summary>RE-AREA 新建可再生能源建筑应用面积 (万m²): floor area of the new urban buildings that apply renewable energy (line 83).</summary>
public sealed class RenewableAreaSource(GreenBuildDb db, RuleSetCatalog ruleSets) : RegistrySource(db, ruleSets)
{
    public override string Query => "projects.renewable-area";

    public override string RuleKey => "indicators.source.renewable-area";

    protected override RegistryMeasure Measure => RegistryMeasure.Area;

    protected override IReadOnlyList<ProjectBuildingType> Types => [ProjectBuildingType.Residential, ProjectBuildingType.Public, ProjectBuildingType.Industrial];

    protected override bool Counts(Project project) => Renewables.Applies(project);

    protected override string Describe(Project project) => Renewables.Describe(project);
}

/// <summary>A project applies renewable energy when any of its renewable systems is recorded with a positive size.</summary>
internal static class Renewables
{
    public static bool Applies(Project p) =>
        p.SolarThermalArea > 0 || p.PvCapacityKwp > 0 || p.GroundSourceHeatPumpArea > 0 || p.AirSourceHeatPumpArea > 0 || p.GeothermalArea > 0;

    /// <summary>The systems as the project records them, e.g. "光热 1,200 m²；光伏 200 kWp".</summary>
    public static string Describe(Project p)
    {
        var parts = new List<string>();
        void Add(decimal value, string name, string unit)
        {
            if (value > 0)
            {
                parts.Add($"{name} {value.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture)} {unit}");
            }
        }

        Add(p.SolarThermalArea, "光热", "m²");
        Add(p.PvCapacityKwp, "光伏", "kWp");
        Add(p.GroundSourceHeatPumpArea, "地源热泵", "m²");
        Add(p.AirSourceHeatPumpArea, "空气源热泵", "m²");
        Add(p.GeothermalArea, "地热", "m²");
        return parts.Count == 0 ? "—" : string.Join("；", parts);
    }
}
