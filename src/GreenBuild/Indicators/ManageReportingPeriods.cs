using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators;

/// <summary>Opens a reporting period (a year of the plan, or a quarter of it) and closes or reopens it.</summary>
public sealed class ManageReportingPeriods(GreenBuildDb db)
{
    public async Task<Outcome<ReportingPeriod>> OpenAsync(int year, int? quarter, CancellationToken cancellationToken = default)
    {
        var plan = await db.Set<Plan>().AsNoTracking().OrderByDescending(p => p.TargetYear).FirstOrDefaultAsync(cancellationToken);
        if (plan is null || year < plan.StartYear || year > plan.TargetYear)
        {
            return Outcome<ReportingPeriod>.Fail(new PlatformError("indicators.period.year", "year", "indicators.error.period.year",
                plan?.StartYear ?? 0, plan?.TargetYear ?? 0));
        }

        if (quarter is < 1 or > 4)
        {
            return Outcome<ReportingPeriod>.Fail(new PlatformError("indicators.period.quarter", "quarter", "indicators.error.period.quarter"));
        }

        var existing = await db.Set<ReportingPeriod>().FirstOrDefaultAsync(p => p.PlanCode == plan.Code && p.Year == year && p.Quarter == quarter, cancellationToken);
        if (existing is not null)
        {
            existing.IsOpen = true;
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<ReportingPeriod>.Ok(existing);
        }

        var period = new ReportingPeriod { PlanCode = plan.Code, Year = year, Quarter = quarter };
        db.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ReportingPeriod>.Ok(period);
    }

    public async Task<Outcome<ReportingPeriod>> CloseAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var period = await db.Set<ReportingPeriod>().FindAsync([id], cancellationToken);
        if (period is null)
        {
            return Outcome<ReportingPeriod>.Fail(new PlatformError("indicators.period.unknown", "period", "indicators.error.period.unknown", id));
        }

        period.IsOpen = false;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ReportingPeriod>.Ok(period);
    }
}
