using GreenBuild.Platform.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GreenBuild.Platform.Web;

/// <summary>/healthz is healthy when the database answers.</summary>
internal sealed class DatabaseHealthCheck(GreenBuildDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{db.Database.ProviderName} reachable")
            : HealthCheckResult.Unhealthy("database unreachable");
}
