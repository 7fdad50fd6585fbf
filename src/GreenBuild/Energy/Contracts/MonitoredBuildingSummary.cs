using GreenBuild.Standards.EnergyUse;

namespace GreenBuild.Energy.Contracts;

/// <summary>
/// What other modules may know of a monitored building (监测建筑). The owner organization is the registry project's
/// organization (建设单位) when the building is linked to a registry project, else null: the monitoring platform
/// itself records buildings, not their owners.
/// </summary>
public sealed record MonitoredBuildingSummary(
    string Code,
    string Name,
    string CityCode,
    PublicBuildingType BuildingType,
    decimal FloorArea,
    Guid? OwnerOrganizationId,
    Guid? ProjectId);
