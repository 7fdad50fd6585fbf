using GreenBuild.Energy.Benchmarking;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Standards.EnergyUse;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Pages;

/// <summary>能耗监测总览 — the year's ranking (province: all cities; a city officer: its own), city and type figures, quota alerts, exports.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class OverviewModel(GreenBuildDb db, ReadRanking ranking, ReadAlerts alerts, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public string? City { get; private set; }

    public PublicBuildingType? Type { get; private set; }

    public IReadOnlyList<BuildingEui> Ranking { get; private set; } = [];

    public IReadOnlyList<AreaEui> Areas { get; private set; } = [];

    public IReadOnlyList<QuotaAlert> Alerts { get; private set; } = [];

    public IReadOnlyDictionary<string, string> CityNames { get; private set; } = new Dictionary<string, string>();

    public bool IsProvince => DataScope.Of(User).IsProvince;

    public async Task OnGetAsync(int? year, string? city, PublicBuildingType? type, CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        Years = await db.Set<BuildingPeriod>().AsNoTracking().Where(p => p.Month == 0).Select(p => p.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
        var thisYear = clock.GetUtcNow().Year;
        Year = year ?? (Years.Count > 0 ? Years.Where(y => y < thisYear).DefaultIfEmpty(Years[^1]).Max() : thisYear);
        (City, Type) = (string.IsNullOrEmpty(city) ? null : city, type);
        CityNames = await db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.Prefecture || p.Level == PlaceLevel.County).ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        Ranking = await ranking.RunAsync(scope, Year, City, Type, cancellationToken);
        Areas = await ranking.AreasAsync(scope, Year, cancellationToken);
        Alerts = await alerts.RunAsync(scope, Years.Count > 0 ? Years[^1] : Year, cancellationToken);
    }

    public string Name(string code) => CityNames.TryGetValue(code, out var name) ? name : code;
}
