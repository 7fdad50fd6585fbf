using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Credit;

/// <summary>An enterprise's credit entries, newest first, each with whether it is in force now.</summary>
public sealed class ReadCreditRecord(GreenBuildDb db, TimeProvider clock)
{
    public sealed record Entry(CreditRecord Record, bool InForce);

    public async Task<IReadOnlyList<Entry>> RunAsync(Guid organizationId, bool inForceOnly, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var records = await db.Set<CreditRecord>().AsNoTracking().Where(c => c.OrganizationId == organizationId).ToListAsync(ct);
        return [.. records.OrderByDescending(r => r.ValidFrom).ThenBy(r => r.Id).Select(r => new Entry(r, r.InForceAt(now))).Where(e => !inForceOnly || e.InForce)];
    }
}
