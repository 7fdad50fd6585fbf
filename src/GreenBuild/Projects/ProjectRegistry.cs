using GreenBuild.Platform.Database;
using GreenBuild.Projects.Contracts;
using GreenBuild.Projects.Model;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects;

/// <summary>The registry's contract for other modules (<see cref="IProjectRegistry"/>).</summary>
internal sealed class ProjectRegistry(GreenBuildDb db, TimeProvider clock) : IProjectRegistry
{
    public async Task<ProjectSummary?> FindAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        await Summaries(db.Set<Project>().Where(p => p.Id == projectId)).FirstOrDefaultAsync(cancellationToken);

    public async Task<ProjectSummary?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        await Summaries(db.Set<Project>().Where(p => p.Code == code)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ProjectSummary>> ListAsync(ProjectFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Project>().AsQueryable();
        if (!string.IsNullOrEmpty(filter.CityCode))
        {
            var prefix = filter.CityCode.EndsWith("00", StringComparison.Ordinal) ? filter.CityCode[..4] : filter.CityCode;
            query = query.Where(p => p.CityCode.StartsWith(prefix));
        }

        if (filter.OrganizationId is { } organization)
        {
            query = query.Where(p => p.OrganizationId == organization);
        }

        if (filter.Stages.Count > 0)
        {
            var stages = filter.Stages.ToList();
            query = query.Where(p => stages.Contains(p.Stage));
        }

        if (filter.BuildingTypes.Count > 0)
        {
            var types = filter.BuildingTypes.ToList();
            query = query.Where(p => types.Contains(p.BuildingType));
        }

        return await Summaries(query.OrderBy(p => p.Code)).ToListAsync(cancellationToken);
    }

    public async Task SetCertifiedGreenLevelAsync(Guid projectId, GreenLevel level, string evidence, CancellationToken cancellationToken = default)
    {
        var project = await db.Set<Project>().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new InvalidOperationException($"Project {projectId} is not in the registry.");
        project.GreenLevel = level;
        project.GreenLevelEvidence = evidence;
        project.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private static IQueryable<ProjectSummary> Summaries(IQueryable<Project> projects) => projects.AsNoTracking().Select(p =>
        new ProjectSummary(p.Id, p.Code, p.Name, p.CityCode, p.OrganizationId, p.Stage, p.BuildingType, p.Funding,
            p.FloorAreaAbove + p.FloorAreaBelow, p.GreenLevel, p.DesignOrganizationId, p.ConstructionOrganizationId, p.CompletionDate));
}
