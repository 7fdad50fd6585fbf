using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;

namespace GreenBuild.Projects.Contracts;

/// <summary>
/// Which projects another module asks for. <see cref="CityCode"/> is a county, or a prefecture with its counties;
/// empty lists mean "any".
/// </summary>
public sealed record ProjectFilter
{
    public string? CityCode { get; init; }

    public Guid? OrganizationId { get; init; }

    public IReadOnlyList<ProjectStage> Stages { get; init; } = [];

    public IReadOnlyList<ProjectBuildingType> BuildingTypes { get; init; } = [];
}
