using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Projects.Contracts;

/// <summary>What other modules (labels, supervision, energy) may know of a registry project, incl. the organizations that took part (avoidance rules).</summary>
public sealed record ProjectSummary(
    Guid Id,
    string Code,
    string Name,
    string CityCode,
    Guid OrganizationId,
    ProjectStage Stage,
    ProjectBuildingType BuildingType,
    Funding Funding,
    decimal FloorArea,
    GreenLevel GreenLevel,
    Guid? DesignOrganizationId = null,
    Guid? ConstructionOrganizationId = null,
    DateOnly? CompletionDate = null);
