using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Projects.Model;

/// <summary>
/// Every field of a project that a stage approves, as a value: kept in <see cref="ProjectStageRecord"/>, compared
/// to tell an unchanged re-import from a change, and diffed to compare the design with what was completed.
/// </summary>
public sealed record ProjectSnapshot(
    string Code, string Name, string CityCode, string? Location, Guid OrganizationId, Guid? DesignOrganizationId,
    Guid? ConstructionOrganizationId, ProjectStage Stage, bool IsUrban, bool IsNewBuilding, ProjectBuildingType BuildingType,
    BuildingSubtype Subtype, Funding Funding, decimal FloorAreaAbove, decimal FloorAreaBelow, int Storeys, decimal Height,
    bool IsSuperHighRise, DateOnly? InitiationDate, DateOnly? DesignReviewDate, DateOnly? ConstructionPermitDate,
    DateOnly? CompletionDate, int? EnergyStandardPercent, GreenLevel GreenLevel, string? GreenLevelEvidence,
    bool IsPrefabricated, StructureType StructureType, decimal? AssemblyRatePercent, string? AssemblyRateInput,
    bool IsDemonstration, bool IsGreenInnovationProject, string? DemonstrationZone, LowEnergyClass LowEnergyClass,
    decimal SolarThermalArea, decimal PvCapacityKwp, decimal GroundSourceHeatPumpArea, decimal AirSourceHeatPumpArea,
    decimal GeothermalArea)
{
    public static ProjectSnapshot Of(Project p) => new(
        p.Code, p.Name, p.CityCode, p.Location, p.OrganizationId, p.DesignOrganizationId, p.ConstructionOrganizationId, p.Stage,
        p.IsUrban, p.IsNewBuilding, p.BuildingType, p.Subtype, p.Funding, p.FloorAreaAbove, p.FloorAreaBelow, p.Storeys,
        p.Height, p.IsSuperHighRise, p.InitiationDate, p.DesignReviewDate, p.ConstructionPermitDate, p.CompletionDate,
        p.EnergyStandardPercent, p.GreenLevel, p.GreenLevelEvidence, p.IsPrefabricated, p.StructureType, p.AssemblyRatePercent,
        p.AssemblyRateInput, p.IsDemonstration, p.IsGreenInnovationProject, p.DemonstrationZone, p.LowEnergyClass,
        p.SolarThermalArea, p.PvCapacityKwp, p.GroundSourceHeatPumpArea, p.AirSourceHeatPumpArea, p.GeothermalArea);

    /// <summary>The fields whose values differ, by name, with both values (for the design-vs-completion view).</summary>
    public IReadOnlyList<(string Field, object? Before, object? After)> Differences(ProjectSnapshot later) =>
        [.. typeof(ProjectSnapshot).GetProperties()
            .Where(p => p.Name != nameof(EqualityContract) && p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Before: p.GetValue(this), After: p.GetValue(later)))
            .Where(d => !Equals(d.Before, d.After))];
}
