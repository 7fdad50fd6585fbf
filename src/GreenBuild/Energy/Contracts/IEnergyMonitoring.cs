namespace GreenBuild.Energy.Contracts;

/// <summary>
/// 能耗监测 as other modules meet it (labels' operation data, supervision's monitored buildings): the monitored
/// buildings and a building's annual figures, read from the stored roll-ups, never from raw readings. No scope is
/// applied here — the calling module has already decided what its user may see.
/// </summary>
public interface IEnergyMonitoring
{
    /// <summary>The monitored buildings matching the filter, ordered by code.</summary>
    Task<IReadOnlyList<MonitoredBuildingSummary>> ListBuildingsAsync(MonitoredBuildingFilter filter, CancellationToken cancellationToken = default);

    Task<MonitoredBuildingSummary?> FindBuildingAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>
    /// The building's figures for a year (default: the last complete year with data, else the latest), or null when
    /// the building is unknown. A year without data gives figures with no carriers and zero intensities.
    /// </summary>
    Task<AnnualEnergyFigures?> AnnualFiguresAsync(string buildingCode, int? year = null, CancellationToken cancellationToken = default);
}
