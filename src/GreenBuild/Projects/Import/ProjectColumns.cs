using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Projects.Import;

/// <summary>
/// The columns of the project template, in order — one definition for the template, the importer and the export,
/// so the three never disagree. Choice labels are what officials write (居住, 一星级, 是 …).
/// </summary>
internal static class ProjectColumns
{
    public static readonly IReadOnlyList<(string Label, string Value)> YesNo = [("是", "true"), ("否", "false")];

    public static readonly IReadOnlyList<ProjectColumn> All =
    [
        new("code", "项目编号", "Project code", ColumnKind.Text, true, "字母、数字及 - _ . /，不超过 40 个字符；同一编号再次导入即更新该项目"),
        new("name", "项目名称", "Project name", ColumnKind.Text, true),
        new("cityCode", "所在地", "Place", ColumnKind.Place, true, "从下拉列表选择，或填写 6 位行政区划代码"),
        new("location", "建设地点", "Location", ColumnKind.Text),
        new("ownerName", "建设单位", "Owner", ColumnKind.Text, true),
        new("ownerCreditCode", "建设单位统一社会信用代码", "Owner credit code", ColumnKind.Text, false, "18 位"),
        new("designOrganizationName", "设计单位", "Design firm", ColumnKind.Text),
        new("constructionOrganizationName", "施工单位", "Contractor", ColumnKind.Text),
        Choice("stage", "当前阶段", "Stage", true,
            [("立项", nameof(ProjectStage.Initiation)), ("施工图审查", nameof(ProjectStage.DesignReview)), ("施工许可", nameof(ProjectStage.ConstructionPermit)),
             ("竣工验收", nameof(ProjectStage.CompletionAcceptance)), ("运营", nameof(ProjectStage.Operation))]),
        Choice("isUrban", "城镇/农村", "Urban or rural", false, [("城镇", "true"), ("农村", "false")]),
        Choice("isNewBuilding", "新建/既有", "New or existing", false, [("新建", "true"), ("既有改造", "false")]),
        Choice("buildingType", "建筑类型", "Building type", true,
            [("居住", nameof(ProjectBuildingType.Residential)), ("公共", nameof(ProjectBuildingType.Public)),
             ("工业", nameof(ProjectBuildingType.Industrial)), ("农村", nameof(ProjectBuildingType.Rural))]),
        Choice("subtype", "建筑子类", "Subtype", false,
            [("住宅", nameof(BuildingSubtype.Housing)), ("宿舍", nameof(BuildingSubtype.Dormitory)), ("办公", nameof(BuildingSubtype.Office)),
             ("商场", nameof(BuildingSubtype.Mall)), ("酒店", nameof(BuildingSubtype.Hotel)), ("学校", nameof(BuildingSubtype.School)),
             ("医院", nameof(BuildingSubtype.Hospital)), ("文化", nameof(BuildingSubtype.Culture)), ("体育", nameof(BuildingSubtype.Sports)),
             ("交通", nameof(BuildingSubtype.Transport)), ("综合", nameof(BuildingSubtype.Mixed)), ("厂房", nameof(BuildingSubtype.Factory)),
             ("仓库", nameof(BuildingSubtype.Warehouse)), ("其他", nameof(BuildingSubtype.Other))]),
        Choice("funding", "资金来源", "Funding", true,
            [("政府投资", nameof(Funding.Government)), ("国有资金", nameof(Funding.StateOwned)), ("社会资本", nameof(Funding.Private))]),
        new("floorAreaAbove", "地上建筑面积(m²)", "Floor area above ground (m²)", ColumnKind.Decimal, true),
        new("floorAreaBelow", "地下建筑面积(m²)", "Floor area below ground (m²)", ColumnKind.Decimal),
        new("storeys", "地上层数", "Storeys", ColumnKind.Integer, true),
        new("height", "建筑高度(m)", "Height (m)", ColumnKind.Decimal, true),
        Choice("isSuperHighRise", "超限高层", "Beyond-code high-rise", false, YesNo),
        new("initiationDate", "立项日期", "Initiation date", ColumnKind.Date, false, "YYYY-MM-DD"),
        new("designReviewDate", "施工图审查日期", "Design review date", ColumnKind.Date, false, "施工许可及以后阶段必填"),
        new("constructionPermitDate", "施工许可日期", "Construction permit date", ColumnKind.Date),
        new("completionDate", "竣工验收日期", "Completion date", ColumnKind.Date, false, "竣工验收及以后阶段必填"),
        Choice("energyStandardPercent", "节能标准(%)", "Energy-saving standard (%)", false,
            [("50", "50"), ("65", "65"), ("72", "72"), ("75", "75"), ("83", "83")]),
        Choice("greenLevel", "绿色建筑等级", "Green building level", false,
            [("无", nameof(GreenLevel.NotQualified)), ("基本级", nameof(GreenLevel.Basic)), ("一星级", nameof(GreenLevel.OneStar)),
             ("二星级", nameof(GreenLevel.TwoStar)), ("三星级", nameof(GreenLevel.ThreeStar))]),
        new("greenLevelEvidence", "绿色建筑等级依据", "Green level evidence", ColumnKind.Text, false, "标识证书编号或施工图审查意见"),
        Choice("isPrefabricated", "装配式建筑", "Prefabricated", false, YesNo),
        Choice("structureType", "结构形式", "Structure", false,
            [("混凝土结构", nameof(StructureType.Concrete)), ("钢结构", nameof(StructureType.Steel)), ("木结构", nameof(StructureType.Timber)),
             ("砌体结构", nameof(StructureType.Masonry)), ("其他", nameof(StructureType.Other))]),
        new("assemblyRatePercent", "装配率(%)", "Assembly rate (%)", ColumnKind.Decimal, false, "按 GB/T 51129 计算"),
        Choice("isDemonstration", "装配式示范项目", "Prefab demonstration", false, YesNo),
        Choice("isGreenInnovationProject", "绿色建筑创新项目", "Green innovation project", false, YesNo),
        new("demonstrationZone", "示范区", "Demonstration zone", ColumnKind.Text),
        Choice("lowEnergyClass", "超低/近零能耗", "Ultra-low / nearly-zero energy", false,
            [("否", nameof(LowEnergyClass.None)), ("超低能耗", nameof(LowEnergyClass.UltraLow)), ("近零能耗", nameof(LowEnergyClass.NearZero)),
             ("零能耗", nameof(LowEnergyClass.Zero))]),
        new("solarThermalArea", "太阳能热水集热面积(m²)", "Solar thermal collector area (m²)", ColumnKind.Decimal),
        new("pvCapacityKwp", "光伏装机容量(kWp)", "PV capacity (kWp)", ColumnKind.Decimal),
        new("groundSourceHeatPumpArea", "地源热泵应用面积(m²)", "Ground-source heat pump area (m²)", ColumnKind.Decimal),
        new("airSourceHeatPumpArea", "空气源热泵应用面积(m²)", "Air-source heat pump area (m²)", ColumnKind.Decimal),
        new("geothermalArea", "地热能供暖面积(m²)", "Geothermal heating area (m²)", ColumnKind.Decimal),
    ];

    /// <summary>Columns the export adds after the template's; the importer skips them, so an export re-imports as is.</summary>
    public static readonly IReadOnlyList<string> ExportOnly = ["强制问题数", "建议问题数", "更新时间"];

    public static bool IsExportOnly(string header) => ExportOnly.Contains(header.Trim());

    private static readonly Dictionary<string, ProjectColumn> ByHeader = All
        .SelectMany(c => new[] { (c.HeaderZh, c), (c.Header, c), (c.HeaderEn, c), (c.Field, c) })
        .DistinctBy(x => Normalize(x.Item1).ToUpperInvariant())
        .ToDictionary(x => Normalize(x.Item1), x => x.c, StringComparer.OrdinalIgnoreCase);

    /// <summary>The column a header names: the Chinese header with or without *, the English one, or the field name.</summary>
    public static ProjectColumn? FromHeader(string header) => ByHeader.GetValueOrDefault(Normalize(header));

    private static readonly Dictionary<string, ProjectColumn> ByField = All.ToDictionary(c => c.Field, StringComparer.Ordinal);

    public static ProjectColumn ForField(string field) => ByField[field];

    /// <summary>Headers compare without spaces, the trailing * and full-width brackets.</summary>
    private static string Normalize(string header) => header.Trim().TrimEnd('*', '＊').Replace(" ", "", StringComparison.Ordinal)
        .Replace('（', '(').Replace('）', ')').Replace("m2", "m²", StringComparison.OrdinalIgnoreCase);

    private static ProjectColumn Choice(string field, string zh, string en, bool required, IReadOnlyList<(string, string)> choices) =>
        new(field, zh, en, ColumnKind.Choice, required, "从下拉列表选择", choices);
}
