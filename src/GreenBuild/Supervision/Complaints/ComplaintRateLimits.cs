using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GreenBuild.Supervision.Complaints;

/// <summary>
/// Per-IP limits of the public complaint endpoints and pages (System.Threading.RateLimiting, the limiter ASP.NET Core's
/// rate limiting middleware uses): fixed windows per client address, one budget for filing and one for reading.
/// Applied by the endpoints and page handlers themselves, so nothing else in the application is limited. The windows
/// run on the real clock (the limiter takes no TimeProvider).
/// </summary>
public sealed class ComplaintRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> filings;
    private readonly PartitionedRateLimiter<string> reads;

    public ComplaintRateLimits(IOptions<ComplaintOptions> options)
    {
        var o = options.Value;
        filings = PartitionedRateLimiter.Create<string, string>(ip => RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.FilingsPerWindow, Window = o.Window, QueueLimit = 0, AutoReplenishment = true,
        }));
        reads = PartitionedRateLimiter.Create<string, string>(ip => RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.ReadsPerWindow, Window = o.Window, QueueLimit = 0, AutoReplenishment = true,
        }));
    }

    public bool TryFile(HttpContext http) => Acquire(filings, http);

    public bool TryRead(HttpContext http) => Acquire(reads, http);

    private static bool Acquire(PartitionedRateLimiter<string> limiter, HttpContext http)
    {
        using var lease = limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        filings.Dispose();
        reads.Dispose();
    }
}
