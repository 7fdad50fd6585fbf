using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Inspections;

/// <summary>An inspection with everything that belongs to it (tracked, for the use cases that change it).</summary>
internal static class LoadInspection
{
    public static Task<Inspection?> ByIdAsync(GreenBuildDb db, Guid id, CancellationToken ct, bool tracked = true)
    {
        var query = db.Set<Inspection>().Include(i => i.Assignments).Include(i => i.Items).Include(i => i.Findings).Include(i => i.Rectifications).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(i => i.Id == id, ct);
    }
}
