namespace GreenBuild.Energy.Contracts;

/// <summary>Which monitored buildings another module asks for. <see cref="CityCode"/> is a county, or a prefecture with its counties.</summary>
public sealed record MonitoredBuildingFilter
{
    public string? CityCode { get; init; }

    /// <summary>Only buildings linked to this registry project.</summary>
    public Guid? ProjectId { get; init; }
}
