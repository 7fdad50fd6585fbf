using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Inspections;

/// <summary>
/// The inspections a user may see: an inspector those it is assigned to, officials those in their city, an
/// applicant its own enterprise's; and the attachments of one inspection.
/// </summary>
public sealed class ReadInspections(GreenBuildDb db)
{
    public async Task<IReadOnlyList<Inspection>> ListAsync(InspectionAccess access, Guid? taskId, CancellationToken ct)
    {
        var query = db.Set<Inspection>().AsNoTracking().Include(i => i.Assignments).Include(i => i.Items).Include(i => i.Findings).Include(i => i.Rectifications)
            .AsSplitQuery();
        if (taskId is { } task)
        {
            query = query.Where(i => i.TaskId == task);
        }

        var userId = access.UserId;
        if (access.IsOfficial)
        {
            query = access.Scope.WithinCity(query, i => i.CityCode);
        }
        else if (access.User.IsInRole(Platform.Accounts.Roles.Inspector) && userId is not null)
        {
            query = query.Where(i => i.Assignments.Any(a => a.UserId == userId));
        }
        else if (access.User.IsInRole(Platform.Accounts.Roles.Applicant) && access.Scope.OrganizationId is { } org)
        {
            query = query.Where(i => i.OrganizationId == org && i.Status != InspectionStatus.Assigned);
        }
        else
        {
            return [];
        }

        return [.. (await query.ToListAsync(ct)).OrderBy(i => i.TaskId).ThenBy(i => i.ObjectCode, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<Attachment>> AttachmentsAsync(Inspection inspection, CancellationToken ct)
    {
        var owners = inspection.Findings.Select(f => f.Id).Concat(inspection.Rectifications.Select(r => r.Id)).ToList();
        return await db.Set<Attachment>().AsNoTracking().Where(a => owners.Contains(a.OwnerId)).OrderBy(a => a.UploadedAtUtc).ToListAsync(ct);
    }
}
