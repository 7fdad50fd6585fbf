using GreenBuild.Energy.Contracts;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Directory;

/// <summary>A monitored building as a supervision inspection object: its monitoring code, city, type and responsible organization.</summary>
public sealed record MonitoredBuildingObject(string Code, string Name, string CityCode, string Type, decimal FloorArea, Guid? OrganizationId, string? OrganizationName, Guid? ProjectId);

/// <summary>
/// 能耗监测建筑 in the inspection-object directory: read from energy monitoring through <see cref="IEnergyMonitoring"/>
/// (supervision keeps no copy, so a building registered or changed there is an inspection object at once), within the
/// caller's scope — the province all, a city officer its prefecture and counties, anyone else nothing.
/// </summary>
public sealed class ReadMonitoredBuildings(IEnergyMonitoring energy, GreenBuildDb db)
{
    public async Task<IReadOnlyList<MonitoredBuildingObject>> RunAsync(DataScope scope, CancellationToken ct = default)
    {
        if (!scope.IsProvince && scope.CityCode is null)
        {
            return [];
        }

        var buildings = (await energy.ListBuildingsAsync(new MonitoredBuildingFilter { CityCode = scope.IsProvince ? null : scope.CityCode![..4] + "00" }, ct))
            .Where(b => scope.CanSeeCity(b.CityCode)).ToList();
        var owners = buildings.Select(b => b.OwnerOrganizationId).OfType<Guid>().Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => owners.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. buildings.Select(b => new MonitoredBuildingObject(b.Code, b.Name, b.CityCode, b.BuildingType.ToString(), b.FloorArea, b.OwnerOrganizationId,
            b.OwnerOrganizationId is { } id ? names.GetValueOrDefault(id) : null, b.ProjectId))];
    }
}
