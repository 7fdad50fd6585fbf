using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Audit;

/// <summary>Filters of the audit log page and API.</summary>
public sealed record AuditQuery(
    string? EntityType = null, string? EntityKey = null, string? Actor = null, AuditAction? Action = null,
    DateTime? FromUtc = null, DateTime? ToUtc = null, int Page = 1, int PageSize = 50);

/// <summary>A page of audit entries, newest first.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page, int PageSize, IReadOnlyList<string> EntityTypes);

/// <summary>Lists and filters the audit log for the province's administrators.</summary>
public sealed class SearchAuditLog(GreenBuildDb db)
{
    public async Task<AuditPage> RunAsync(AuditQuery q, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, q.Page);
        var size = Math.Clamp(q.PageSize, 1, 500);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.EntityType))
        {
            query = query.Where(a => a.EntityType == q.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(q.EntityKey))
        {
            query = query.Where(a => a.EntityKey == q.EntityKey);
        }

        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            query = query.Where(a => a.ActorName.Contains(q.Actor) || a.ActorId == q.Actor);
        }

        if (q.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (q.FromUtc is { } from)
        {
            query = query.Where(a => a.TimestampUtc >= from);
        }

        if (q.ToUtc is { } to)
        {
            query = query.Where(a => a.TimestampUtc < to);
        }

        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(a => a.Sequence).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return new AuditPage(entries, total, page, size, types);
    }
}
