using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Benchmarking;

/// <summary>A building whose year is heading above its quota.</summary>
public sealed record QuotaAlert(string Code, string Name, string CityCode, decimal QuotaKwh, decimal SoFarKwh, int DaysWithData, decimal ProjectedKwh, decimal ProjectedPercent);

/// <summary>
/// 超定额预警 — buildings whose electricity so far this year, projected linearly over the days with data
/// (so far × days in the year ÷ days with data), exceeds the quota × area. From the roll-ups only.
/// </summary>
public sealed class ReadAlerts(GreenBuildDb db, ReadRanking ranking)
{
    public async Task<IReadOnlyList<QuotaAlert>> RunAsync(DataScope scope, int year, CancellationToken cancellationToken = default)
    {
        var inScope = scope.WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode);
        var buildings = await inScope.ToListAsync(cancellationToken);
        var soFar = await (from p in db.Set<BuildingPeriod>().AsNoTracking()
                           where p.Year == year && p.Month == 0 && p.ItemCode == ReadRanking.Electricity
                           join b in inScope on p.BuildingId equals b.Id
                           select new { p.BuildingId, p.EnergyMilli }).ToDictionaryAsync(p => p.BuildingId, p => p.EnergyMilli / 1000m, cancellationToken);
        var days = await (from p in db.Set<MeterPeriod>().AsNoTracking()
                          join m in db.Set<Meter>().AsNoTracking() on p.MeterId equals m.Id
                          where p.Year == year && p.Month == 0 && m.ParentMeterId == null && m.ItemCode.StartsWith("01")
                          select new { m.BuildingId, p.Days }).ToListAsync(cancellationToken);
        var daysByBuilding = days.GroupBy(d => d.BuildingId).ToDictionary(g => g.Key, g => g.Max(d => d.Days));
        var quotas = await ranking.Quotas(year, cancellationToken);
        var inYear = DateTime.IsLeapYear(year) ? 366 : 365;
        var alerts = new List<QuotaAlert>();
        foreach (var b in buildings)
        {
            var n = daysByBuilding.GetValueOrDefault(b.Id);
            if (ReadRanking.QuotaFor(quotas, b) is not { } quota || !soFar.TryGetValue(b.Id, out var kwh) || n <= 0)
            {
                continue;
            }

            var limit = quota.QuotaKwhPerM2 * b.FloorArea;
            var projected = Math.Round(kwh * inYear / n, 0, MidpointRounding.AwayFromZero);
            if (projected > limit)
            {
                alerts.Add(new QuotaAlert(b.Code, b.Name, b.CityCode, limit, kwh, n, projected, Math.Round(projected / limit * 100, 1, MidpointRounding.AwayFromZero)));
            }
        }

        return [.. alerts.OrderByDescending(a => a.ProjectedPercent)];
    }
}
