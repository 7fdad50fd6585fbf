using GreenBuild.Energy.Contracts;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Projects.Contracts;
using GreenBuild.Projects.Model;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Tasks;

/// <summary>
/// The candidates of a task at announcement: objects of its kind within the organizer's area and the task's
/// filters (registry projects through <see cref="IProjectRegistry"/>, monitored buildings through
/// <see cref="IEnergyMonitoring"/>, enterprises from the organizations, products from the directory; the credit
/// filter as in force now), and the available inspectors of the organizer's area with one of the task's specialties.
/// </summary>
public sealed class CollectCandidates(GreenBuildDb db, IProjectRegistry registry, IEnergyMonitoring energy, TimeProvider clock)
{
    private static readonly OrganizationKind[] NotEnterprises = [OrganizationKind.ProvincialDepartment, OrganizationKind.CityDepartment];

    public async Task<IReadOnlyList<ListMember>> ObjectsAsync(InspectionTask task, CancellationToken ct)
    {
        var members = task.ObjectKind switch
        {
            ObjectKind.Project => await ProjectsAsync(task, ct),
            ObjectKind.Enterprise => await EnterprisesAsync(ct),
            ObjectKind.Building => await BuildingsAsync(task, ct),
            ObjectKind.Product => await db.Set<InspectionObject>().AsNoTracking().Where(o => o.Kind == ObjectKind.Product && o.IsActive)
                .Select(o => new ListMember(o.Code, o.Name, o.CityCode, o.Type, o.OrganizationId, null)).ToListAsync(ct),
            _ => [],
        };
        var cities = Csv.Split(task.ObjectCities).Select(Place.PrefectureOf).ToHashSet(StringComparer.Ordinal);
        var types = Csv.Split(task.Types).ToHashSet(StringComparer.Ordinal);
        var filtered = members
            .Where(m => InArea(task, m.City))
            .Where(m => cities.Count == 0 || cities.Contains(Place.PrefectureOf(m.City)))
            .Where(m => types.Count == 0 || types.Contains(m.Type))
            .ToList();
        filtered = await ApplyCreditFilterAsync(task.CreditFilter, filtered, ct);
        return await WithPreviousInspectorsAsync(task.ObjectKind, filtered, ct);
    }

    public async Task<IReadOnlyList<ListMember>> InspectorsAsync(InspectionTask task, CancellationToken ct)
    {
        var specialties = Csv.Split(task.Specialties).ToHashSet(StringComparer.Ordinal);
        var pool = await db.Set<Inspector>().AsNoTracking().Where(i => i.IsAvailable).ToListAsync(ct);
        return [.. pool
            .Where(i => InArea(task, i.CityCode))
            .Where(i => specialties.Count == 0 || i.SpecialtyList.Any(specialties.Contains))
            .Select(i => new ListMember(i.Number, i.Name, i.CityCode, i.Specialties, i.OrganizationId))];
    }

    /// <summary>The province's tasks reach every city; a city's tasks its own prefecture and counties.</summary>
    public static bool InArea(InspectionTask task, string city) =>
        task.CityCode == InspectionTask.ProvinceCode || Place.PrefectureOf(city) == Place.PrefectureOf(task.CityCode);

    private async Task<List<ListMember>> ProjectsAsync(InspectionTask task, CancellationToken ct)
    {
        var stages = Csv.Split(task.Stages).Select(s => Enum.Parse<ProjectStage>(s)).ToList();
        var filter = new ProjectFilter { CityCode = task.CityCode == InspectionTask.ProvinceCode ? null : task.CityCode, Stages = stages };
        var projects = await registry.ListAsync(filter, ct);
        return [.. projects.Select(p => new ListMember(p.Code, p.Name, p.CityCode, p.BuildingType.ToString(), p.OrganizationId))];
    }

    /// <summary>
    /// 能耗监测建筑 — the buildings of energy monitoring (read through its contract, never its tables): listed by their
    /// monitoring code, typed by their GB/T 51161 building type (<c>GovernmentOffice</c>…), and owned by their registry
    /// project's organization when they are linked to one (else no organization: no employer to avoid, no credit entry).
    /// </summary>
    private async Task<List<ListMember>> BuildingsAsync(InspectionTask task, CancellationToken ct)
    {
        var filter = new MonitoredBuildingFilter { CityCode = task.CityCode == InspectionTask.ProvinceCode ? null : task.CityCode };
        var buildings = await energy.ListBuildingsAsync(filter, ct);
        return [.. buildings.Select(b => new ListMember(b.Code, b.Name, b.CityCode, b.BuildingType.ToString(), b.OwnerOrganizationId))];
    }

    private async Task<List<ListMember>> EnterprisesAsync(CancellationToken ct)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => !NotEnterprises.Contains(o.Kind) && o.CityCode != null).ToListAsync(ct);
        return [.. organizations.Select(o => new ListMember(EnterpriseId(o), o.Name, o.CityCode!, o.Kind.ToString(), o.Id))];
    }

    /// <summary>An enterprise is listed by its 统一社会信用代码, or by its platform id when it has none.</summary>
    public static string EnterpriseId(Organization organization) => organization.CreditCode ?? organization.Id.ToString("N");

    private async Task<List<ListMember>> ApplyCreditFilterAsync(CreditFilter filter, List<ListMember> members, CancellationToken ct)
    {
        if (filter == CreditFilter.Any)
        {
            return members;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var bad = (await db.Set<CreditRecord>().AsNoTracking()
                .Where(c => c.Kind == CreditKind.Bad && c.ValidFrom <= now && c.ValidUntil > now).Select(c => c.OrganizationId).ToListAsync(ct))
            .ToHashSet();
        var withBad = filter == CreditFilter.WithBadRecord;
        return [.. members.Where(m => (m.Organization is { } org && bad.Contains(org)) == withBad)];
    }

    private async Task<IReadOnlyList<ListMember>> WithPreviousInspectorsAsync(ObjectKind kind, List<ListMember> members, CancellationToken ct)
    {
        var codes = members.Select(m => m.Id).ToList();
        var previous = await db.Set<Inspection>().AsNoTracking().Include(i => i.Assignments)
            .Where(i => i.ObjectKind == kind && codes.Contains(i.ObjectCode)).ToListAsync(ct);
        var last = previous.GroupBy(i => i.ObjectCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(i => i.Id)!.Assignments.Select(a => a.InspectorNumber).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return [.. members.Select(m => last.TryGetValue(m.Id, out var numbers) ? m with { Previous = numbers } : m)];
    }
}
