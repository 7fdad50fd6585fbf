using GreenBuild.Energy.Benchmarking;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Quotas;

/// <summary>A bill with what it was computed from.</summary>
public sealed record BuildingBill(string BuildingCode, string BuildingName, SurchargeBill Bill, string QuotaSource, string QuotaCity, string ScheduleSource);

/// <summary>Why no bill: no data, no quota, or no schedule for the year.</summary>
public sealed record BillRefusal(string Code, string MessageKey, params object[] Arguments);

/// <summary>
/// 超定额加价账单 — a building's surcharge for a year from its yearly electricity roll-up, the quota that applies
/// (the city's own for its type, else the province-wide one) and the year's tiers, with the working of every line.
/// </summary>
public sealed class ComputeBill(GreenBuildDb db, ReadRanking ranking)
{
    public async Task<(BuildingBill? Bill, BillRefusal? Refusal)> RunAsync(DataScope scope, string buildingCode, int year, CancellationToken cancellationToken = default)
    {
        var building = await scope.WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode).FirstOrDefaultAsync(b => b.Code == buildingCode, cancellationToken);
        if (building is null)
        {
            return (null, new BillRefusal("energy.building.unknown", "error.energy.building.unknown", buildingCode));
        }

        var quota = ReadRanking.QuotaFor(await ranking.Quotas(year, cancellationToken), building);
        var schedule = await db.Set<SurchargeScheduleRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.Year == year, cancellationToken);
        if (quota is null || schedule is null)
        {
            return (null, new BillRefusal("energy.bill.noquota", "error.energy.bill.noquota", year, building.BuildingType));
        }

        var milli = await db.Set<BuildingPeriod>().AsNoTracking()
            .Where(p => p.BuildingId == building.Id && p.Year == year && p.Month == 0 && p.ItemCode == ReadRanking.Electricity)
            .Select(p => (long?)p.EnergyMilli).FirstOrDefaultAsync(cancellationToken) ?? 0;
        var bill = SurchargeBill.Compute(ManageQuotas.ScheduleOf(schedule), quota.QuotaKwhPerM2, building.FloorArea, milli / 1000m, schedule.UnitPrice);
        return (new BuildingBill(building.Code, building.Name, bill, quota.Source, quota.CityCode, schedule.Source), null);
    }
}
