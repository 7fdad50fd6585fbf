using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Pages.Monitoring;

/// <summary>监测登记 — the monitored buildings an official manages (province: all; a city officer: its city), with their meters and registry project.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class MonitoringModel(GreenBuildDb db, IProjectRegistry projects) : PageModel
{
    public sealed record Row(MonitoredBuilding Building, string CityName, int Meters, string? ProjectCode);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        var buildings = await scope.WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode).OrderBy(b => b.Code).ToListAsync(cancellationToken);
        var ids = buildings.Select(b => b.Id).ToList();
        var meters = await db.Set<Meter>().AsNoTracking().Where(m => ids.Contains(m.BuildingId)).GroupBy(m => m.BuildingId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var cities = buildings.Select(b => b.CityCode).Distinct().ToList();
        var names = await db.Places.AsNoTracking().Where(p => cities.Contains(p.Code)).ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        var rows = new List<Row>(buildings.Count);
        foreach (var b in buildings)
        {
            var project = b.ProjectId is { } id ? await projects.FindAsync(id, cancellationToken) : null;
            rows.Add(new Row(b, names.GetValueOrDefault(b.CityCode, b.CityCode), meters.GetValueOrDefault(b.Id), project?.Code));
        }

        Rows = rows;
    }
}
