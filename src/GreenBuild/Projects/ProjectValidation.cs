using GreenBuild.Platform.Accounts;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;

namespace GreenBuild.Projects;

/// <summary>What validation needs to know besides the input: who asks, which places exist, what day it is.</summary>
public sealed record ValidationContext(DataScope Scope, IReadOnlySet<string> KnownPlaces, DateOnly Today);

/// <summary>
/// The checks every project passes before it is saved, by form, API or import — pure, so an import of many
/// thousand rows validates without a query per row. Each error names its field (the JSON name; the importer
/// maps it to its column).
/// </summary>
internal static class ProjectValidation
{
    /// <summary>A storey is between 2 m and 10 m high on average; outside that, height and storeys disagree.</summary>
    public const decimal MinStoreyHeight = 2m, MaxStoreyHeight = 10m;

    /// <summary>Sanity bounds: beyond them a value is a typing error (e.g. m² entered in cm²), not a building.</summary>
    public const decimal MaxFloorArea = 10_000_000m, MaxHeight = 1_000m, MaxRenewable = 10_000_000m;

    public const int MaxStoreys = 200, MaxCodeLength = 40, MaxNameLength = 200;

    /// <summary>The energy-saving standards a project can execute (节能率 %).</summary>
    public static readonly IReadOnlySet<int> EnergyStandards = new HashSet<int> { 50, 65, 72, 75, 83 };

    public static List<PlatformError> Validate(ProjectInput input, ValidationContext context)
    {
        var errors = new List<PlatformError>();
        var code = input.Code.Trim();
        if (code.Length is 0 or > MaxCodeLength || !code.All(IsCodeCharacter))
        {
            errors.Add(new("project.code", "code", "projects.error.code"));
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > MaxNameLength)
        {
            errors.Add(new("required", "name", "projects.error.name"));
        }

        if (!context.KnownPlaces.Contains(input.CityCode))
        {
            errors.Add(new("city.unknown", "cityCode", "error.city.unknown", input.CityCode));
        }
        else if (!context.Scope.IsProvince && context.Scope.CityCode is not null && !context.Scope.CanSeeCity(input.CityCode))
        {
            errors.Add(new("city.outOfScope", "cityCode", "projects.error.otherCity", input.CityCode));
        }

        Text(errors, input.Location, 200, "location");
        Text(errors, input.OwnerName, 200, "ownerName");
        Text(errors, input.DesignOrganizationName, 200, "designOrganizationName");
        Text(errors, input.ConstructionOrganizationName, 200, "constructionOrganizationName");
        Text(errors, input.GreenLevelEvidence, 200, "greenLevelEvidence");
        Text(errors, input.DemonstrationZone, 100, "demonstrationZone");
        if (!string.IsNullOrEmpty(input.OwnerCreditCode) && !IsCreditCode(input.OwnerCreditCode))
        {
            errors.Add(new("organization.creditCode", "ownerCreditCode", "error.organization.creditCode"));
        }

        Sizes(errors, input);
        Types(errors, input);
        Dates(errors, input, context.Today);
        Renewables(errors, input);
        if (input.EnergyStandardPercent is { } standard && !EnergyStandards.Contains(standard))
        {
            errors.Add(new("energy.standard", "energyStandardPercent", "projects.error.energyStandard", standard));
        }

        if (input.AssemblyRatePercent is < 0 or > 100)
        {
            errors.Add(new("ratio.range", "assemblyRatePercent", "projects.error.ratio", input.AssemblyRatePercent));
        }

        return errors;
    }

    /// <summary>统一社会信用代码: 18 characters of digits and capital letters (GB 32100-2015).</summary>
    public static bool IsCreditCode(string code) => code.Length == 18 && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>Project codes are plain: letters, digits and - _ . / — nothing a spreadsheet or a shell would interpret.</summary>
    private static bool IsCodeCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/';

    private static void Text(List<PlatformError> errors, string? value, int max, string field)
    {
        if (value is { Length: > 0 } && value.Trim().Length > max)
        {
            errors.Add(new("text.tooLong", field, "projects.error.tooLong", max));
        }
    }

    private static void Sizes(List<PlatformError> errors, ProjectInput input)
    {
        if (input.FloorAreaAbove <= 0 || input.FloorAreaAbove > MaxFloorArea)
        {
            errors.Add(new("area.notPositive", "floorAreaAbove", "projects.error.area", input.FloorAreaAbove, MaxFloorArea));
        }

        if (input.FloorAreaBelow < 0 || input.FloorAreaBelow > MaxFloorArea)
        {
            errors.Add(new("area.negative", "floorAreaBelow", "projects.error.areaBelow", input.FloorAreaBelow));
        }

        if (input.Storeys is <= 0 or > MaxStoreys)
        {
            errors.Add(new("storeys.range", "storeys", "projects.error.storeys", input.Storeys, MaxStoreys));
        }
        else if (input.Height <= 0 || input.Height > MaxHeight
                 || input.Height < input.Storeys * MinStoreyHeight || input.Height > input.Storeys * MaxStoreyHeight)
        {
            errors.Add(new("height.storeys", "height", "projects.error.height", input.Height, input.Storeys));
        }
    }

    private static void Types(List<PlatformError> errors, ProjectInput input)
    {
        if (!Enum.IsDefined(input.BuildingType))
        {
            errors.Add(new("type.unknown", "buildingType", "projects.error.buildingType"));
        }
        else if (input.Subtype != BuildingSubtype.Unspecified && TypeOf(input.Subtype) is { } type && type != input.BuildingType
                 && !(input.BuildingType == ProjectBuildingType.Rural && type == ProjectBuildingType.Residential))
        {
            errors.Add(new("subtype.type", "subtype", "projects.error.subtype"));
        }

        if (!Enum.IsDefined(input.Funding))
        {
            errors.Add(new("funding.unknown", "funding", "projects.error.funding"));
        }

        if (!Enum.IsDefined(input.Stage))
        {
            errors.Add(new("stage.unknown", "stage", "projects.error.stageUnknown"));
        }
    }

    /// <summary>The building type a subtype belongs to (null: any type).</summary>
    public static ProjectBuildingType? TypeOf(BuildingSubtype subtype) => subtype switch
    {
        BuildingSubtype.Housing or BuildingSubtype.Dormitory => ProjectBuildingType.Residential,
        BuildingSubtype.Factory or BuildingSubtype.Warehouse => ProjectBuildingType.Industrial,
        BuildingSubtype.Other or BuildingSubtype.Unspecified => null,
        _ => ProjectBuildingType.Public,
    };

    /// <summary>
    /// Stage dates run in order (立项 ≤ 施工图审查 ≤ 施工许可 ≤ 竣工验收), none lies in the future, the stages a project
    /// has reached have their dates, and a stage not yet reached has none.
    /// </summary>
    private static void Dates(List<PlatformError> errors, ProjectInput input, DateOnly today)
    {
        (string Field, DateOnly? Date, ProjectStage Stage)[] dates =
        [
            ("initiationDate", input.InitiationDate, ProjectStage.Initiation),
            ("designReviewDate", input.DesignReviewDate, ProjectStage.DesignReview),
            ("constructionPermitDate", input.ConstructionPermitDate, ProjectStage.ConstructionPermit),
            ("completionDate", input.CompletionDate, ProjectStage.CompletionAcceptance),
        ];
        foreach (var (field, date, stage) in dates)
        {
            if (date > today)
            {
                errors.Add(new("date.future", field, "projects.error.dateFuture", date.Value.ToString("yyyy-MM-dd")));
            }
            else if (date is not null && stage > input.Stage)
            {
                errors.Add(new("date.stageNotReached", field, "projects.error.dateNotReached"));
            }
            else if (date is null && RequiredFrom(stage) is { } from && input.Stage >= from)
            {
                errors.Add(new("date.required", field, "projects.error.dateRequired"));
            }
        }

        DateOnly? previous = null;
        var previousField = "";
        foreach (var (field, date, _) in dates)
        {
            if (date is null)
            {
                continue;
            }

            if (previous is { } before && date < before)
            {
                errors.Add(new("date.order", field, "projects.error.dateOrder", date.Value.ToString("yyyy-MM-dd"), before.ToString("yyyy-MM-dd"), previousField));
            }

            previous = date;
            previousField = field;
        }
    }

    /// <summary>
    /// From which stage a date must be given: the review date once a permit is issued (the rules in force depend on
    /// it; a design may still be under review), the completion date once the project is accepted.
    /// </summary>
    private static ProjectStage? RequiredFrom(ProjectStage dateOf) => dateOf switch
    {
        ProjectStage.DesignReview => ProjectStage.ConstructionPermit,
        ProjectStage.CompletionAcceptance => ProjectStage.CompletionAcceptance,
        _ => null,
    };

    private static void Renewables(List<PlatformError> errors, ProjectInput input)
    {
        (string Field, decimal Value)[] values =
        [
            ("solarThermalArea", input.SolarThermalArea), ("pvCapacityKwp", input.PvCapacityKwp),
            ("groundSourceHeatPumpArea", input.GroundSourceHeatPumpArea), ("airSourceHeatPumpArea", input.AirSourceHeatPumpArea),
            ("geothermalArea", input.GeothermalArea),
        ];
        foreach (var (field, value) in values.Where(v => v.Value is < 0 or > MaxRenewable))
        {
            errors.Add(new("renewable.range", field, "projects.error.renewable", value));
        }
    }
}
