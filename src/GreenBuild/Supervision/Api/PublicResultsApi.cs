using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Api;

/// <summary>一公开 — published inspection results, for anyone.</summary>
public static class PublicResultsApi
{
    public sealed record ResultDto(Guid Id, string TaskCode, string TaskTitle, ObjectKind ObjectKind, string ObjectCode, string ObjectName, string CityCode,
        DateTime? InspectedOn, DateTime? PublishedAtUtc, string? Summary, int Findings, int SeriousFindings, IReadOnlyList<string> FindingTexts, string Rectification);

    internal static RouteGroupBuilder MapPublicResultsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/supervision/public/inspections", async (string? city, GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok(await ListAsync(db, city, ct)))
            .AllowAnonymous().WithTags("Supervision (public)").WithName("ListPublishedInspections")
            .WithSummary("Published results: the object, the findings and how rectification ended");
        return api;
    }

    internal static async Task<List<ResultDto>> ListAsync(GreenBuildDb db, string? city, CancellationToken ct)
    {
        var query = db.Set<Inspection>().AsNoTracking().Include(i => i.Findings).Include(i => i.Rectifications).AsSplitQuery().Where(i => i.Status == InspectionStatus.Published);
        if (!string.IsNullOrEmpty(city) && city.Length == 6)
        {
            var prefix = city[..4];
            query = query.Where(i => i.CityCode.StartsWith(prefix));
        }

        var inspections = await query.ToListAsync(ct);
        var taskIds = inspections.Select(i => i.TaskId).Distinct().ToList();
        var tasks = await db.Set<InspectionTask>().AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        return [.. inspections.OrderByDescending(i => i.PublishedAtUtc).ThenBy(i => i.ObjectCode, StringComparer.Ordinal).Select(i => new ResultDto(
            i.Id, tasks[i.TaskId].Code, tasks[i.TaskId].Title, i.ObjectKind, i.ObjectCode, i.ObjectName, i.CityCode, i.InspectedOn, i.PublishedAtUtc, i.Summary,
            i.Findings.Count, i.Findings.Count(f => f.Severity == FindingSeverity.Serious), [.. i.Findings.Select(f => f.Description)],
            i.Rectifications.OrderBy(r => r.IssuedAtUtc).LastOrDefault()?.Status.ToString() ?? "None"))];
    }
}
