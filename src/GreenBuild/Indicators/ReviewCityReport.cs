using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;

namespace GreenBuild.Indicators;

/// <summary>省厅审核 — approves a submitted report (it is then locked) or returns it to the city with a reason.</summary>
public sealed class ReviewCityReport(GreenBuildDb db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Outcome<CityReport>> RunAsync(Guid reportId, bool approve, string? reason, CancellationToken cancellationToken = default)
    {
        var report = await db.Set<CityReport>().FindAsync([reportId], cancellationToken);
        if (report is null)
        {
            return Outcome<CityReport>.Fail(new PlatformError("indicators.report.unknown", "id", "indicators.error.report.unknown", reportId));
        }

        if (report.Status != ReportStatus.Submitted)
        {
            return Outcome<CityReport>.Fail(new PlatformError("indicators.report.notsubmitted", "status", "indicators.error.report.notsubmitted"));
        }

        if (!approve && string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<CityReport>.Fail(new PlatformError("indicators.reason.required", "reason", "error.required"));
        }

        if (reason?.Length > 500)
        {
            return Outcome<CityReport>.Fail(new PlatformError("indicators.reason.length", "reason", "indicators.error.reason.length"));
        }

        (report.Status, report.ReturnReason) = approve ? (ReportStatus.Approved, null) : (ReportStatus.Returned, reason!.Trim());
        (report.ReviewedBy, report.ReviewedAtUtc) = (actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CityReport>.Ok(report);
    }
}
