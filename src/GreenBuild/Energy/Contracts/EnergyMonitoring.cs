using GreenBuild.Energy.Benchmarking;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Quotas;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Contracts;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Contracts;

/// <summary>
/// The energy module's side of <see cref="IEnergyMonitoring"/>: the buildings table and the yearly roll-ups, with the
/// same ranking and bill use cases the energy pages use, so a figure here equals the one on <c>/energy/buildings/{code}</c>.
/// </summary>
internal sealed class EnergyMonitoring(GreenBuildDb db, ReadRanking ranking, ComputeBill bill, StandardValues standards, IProjectRegistry registry, TimeProvider clock)
    : IEnergyMonitoring
{
    private static readonly DataScope Everything = new(true, null, null);

    public async Task<IReadOnlyList<MonitoredBuildingSummary>> ListBuildingsAsync(MonitoredBuildingFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Set<MonitoredBuilding>().AsNoTracking();
        if (!string.IsNullOrEmpty(filter.CityCode))
        {
            // A prefecture (xxxx00) with its counties, else the county itself.
            var code = filter.CityCode;
            var prefix = code.Length == 6 && code.EndsWith("00", StringComparison.Ordinal) ? code[..4] : code;
            query = query.Where(b => b.CityCode.StartsWith(prefix));
        }

        if (filter.ProjectId is { } project)
        {
            query = query.Where(b => b.ProjectId == project);
        }

        var buildings = await query.OrderBy(b => b.Code).ToListAsync(cancellationToken);
        var owners = await OwnersAsync(buildings.Select(b => b.ProjectId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        return [.. buildings.Select(b => Summary(b, owners))];
    }

    public async Task<MonitoredBuildingSummary?> FindBuildingAsync(string code, CancellationToken cancellationToken = default)
    {
        var building = await db.Set<MonitoredBuilding>().AsNoTracking().FirstOrDefaultAsync(b => b.Code == code, cancellationToken);
        return building is null ? null : Summary(building, await OwnersAsync(building.ProjectId is { } p ? [p] : [], cancellationToken));
    }

    public async Task<AnnualEnergyFigures?> AnnualFiguresAsync(string buildingCode, int? year = null, CancellationToken cancellationToken = default)
    {
        var building = await db.Set<MonitoredBuilding>().AsNoTracking().FirstOrDefaultAsync(b => b.Code == buildingCode, cancellationToken);
        if (building is null)
        {
            return null;
        }

        var summary = Summary(building, await OwnersAsync(building.ProjectId is { } p ? [p] : [], cancellationToken));
        var years = await db.Set<BuildingPeriod>().AsNoTracking().Where(x => x.BuildingId == building.Id && x.Month == 0)
            .Select(x => x.Year).Distinct().OrderBy(x => x).ToListAsync(cancellationToken);
        // As the building page: the last complete year by default (the current one is partial), else the latest with data.
        var thisYear = clock.GetUtcNow().Year;
        var y = year ?? (years.Count > 0 ? years.Where(x => x < thisYear).DefaultIfEmpty(years[^1]).Max() : thisYear);

        var categories = await db.Set<EnergyItemCode>().AsNoTracking().Where(c => c.Code == c.CategoryCode).ToDictionaryAsync(c => c.Code, cancellationToken);
        var codes = categories.Keys.ToList();
        var yearly = await db.Set<BuildingPeriod>().AsNoTracking()
            .Where(x => x.BuildingId == building.Id && x.Year == y && x.Month == 0 && codes.Contains(x.ItemCode)).ToListAsync(cancellationToken);
        var carriers = yearly.OrderBy(x => x.ItemCode, StringComparer.Ordinal)
            .Select(x => new CarrierAmount(x.ItemCode, categories[x.ItemCode].NameZh, categories[x.ItemCode].NameEn, categories[x.ItemCode].CanonicalUnit, x.EnergyMilli / 1000m))
            .ToList();

        var row = (await ranking.RunAsync(Everything, y, building.CityCode, building.BuildingType, cancellationToken)).FirstOrDefault(r => r.Code == building.Code);
        var (computed, refusal) = await bill.RunAsync(Everything, building.Code, y, cancellationToken);
        var surcharge = computed is { Bill: var b }
            ? new SurchargeStatus(true, b.QuotaEnergy, b.ActualEnergy, b.ExcessEnergy, b.ExcessPercent, b.Total, computed.QuotaSource, b.ScheduleVersion, null)
            : new SurchargeStatus(false, 0, 0, 0, 0, 0, null, null, refusal?.Code);
        // Where the 约束值/引导值 came from: the province's quota when it entered them (they take precedence), else the table.
        var quota = ReadRanking.QuotaFor(await ranking.Quotas(y, cancellationToken), building);
        var valuesSource = quota is { Constraint: not null, Guide: not null } ? $"quota {quota.Source}"
            : standards.NonHeating(building.BuildingType, building.OperationClass, building.ClimateZone)?.Source ?? "quota";
        var sources = $"energy_building_periods {y}; {standards.CoalSource}" + (row?.Constraint is not null ? $"; GB/T 51161 {valuesSource}" : "");
        return new AnnualEnergyFigures(summary, y, years, carriers, row?.EuiKwh ?? 0, row?.EuiKgce ?? 0, row?.Constraint, row?.Guide, row?.Band,
            row?.QuotaKwhPerM2, row?.PercentOfQuota, surcharge, sources, $"/energy/buildings/{Uri.EscapeDataString(building.Code)}?year={y}");
    }

    private static MonitoredBuildingSummary Summary(MonitoredBuilding b, IReadOnlyDictionary<Guid, Guid> owners) =>
        new(b.Code, b.Name, b.CityCode, b.BuildingType, b.FloorArea, b.ProjectId is { } p && owners.TryGetValue(p, out var owner) ? owner : null, b.ProjectId);

    /// <summary>The registry project's organization of each linked building (through the registry's contract).</summary>
    private async Task<IReadOnlyDictionary<Guid, Guid>> OwnersAsync(IReadOnlyList<Guid> projectIds, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<Guid, Guid>(projectIds.Count);
        foreach (var id in projectIds)
        {
            if (await registry.FindAsync(id, cancellationToken) is { } project)
            {
                owners[id] = project.OrganizationId;
            }
        }

        return owners;
    }
}
