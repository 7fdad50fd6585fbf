using System.Text.Json.Nodes;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Projects;

/// <summary>
/// The fields of a project as a form, the API or an import row sends them. Organizations are given by id (an
/// organization registered here) or by name with an optional 统一社会信用代码; unknown names are registered.
/// </summary>
public sealed record ProjectInput
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string CityCode { get; init; } = "";
    public string? Location { get; init; }
    public Guid? OrganizationId { get; init; }
    public string? OwnerName { get; init; }
    public string? OwnerCreditCode { get; init; }
    public string? DesignOrganizationName { get; init; }
    public string? ConstructionOrganizationName { get; init; }
    public ProjectStage Stage { get; init; } = ProjectStage.Initiation;
    public bool IsUrban { get; init; } = true;
    public bool IsNewBuilding { get; init; } = true;
    public ProjectBuildingType BuildingType { get; init; }
    public BuildingSubtype Subtype { get; init; }
    public Funding Funding { get; init; }
    public decimal FloorAreaAbove { get; init; }
    public decimal FloorAreaBelow { get; init; }
    public int Storeys { get; init; }
    public decimal Height { get; init; }
    public bool IsSuperHighRise { get; init; }
    public DateOnly? InitiationDate { get; init; }
    public DateOnly? DesignReviewDate { get; init; }
    public DateOnly? ConstructionPermitDate { get; init; }
    public DateOnly? CompletionDate { get; init; }
    public int? EnergyStandardPercent { get; init; }
    public GreenLevel GreenLevel { get; init; }
    public string? GreenLevelEvidence { get; init; }
    public bool IsPrefabricated { get; init; }
    public StructureType StructureType { get; init; } = StructureType.Concrete;
    public decimal? AssemblyRatePercent { get; init; }

    /// <summary>The GB/T 51129 calculator's input; when given, the assembly rate is computed from it.</summary>
    public JsonObject? AssemblyRateInput { get; init; }
    public bool IsDemonstration { get; init; }
    public bool IsGreenInnovationProject { get; init; }
    public string? DemonstrationZone { get; init; }
    public LowEnergyClass LowEnergyClass { get; init; }
    public decimal SolarThermalArea { get; init; }
    public decimal PvCapacityKwp { get; init; }
    public decimal GroundSourceHeatPumpArea { get; init; }
    public decimal AirSourceHeatPumpArea { get; init; }
    public decimal GeothermalArea { get; init; }

    /// <summary>省厅 only: the reason to let a stage transition pass despite 强制 findings (audited with the check).</summary>
    public string? OverrideReason { get; init; }
}
