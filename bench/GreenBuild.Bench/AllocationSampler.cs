using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace GreenBuild.Bench;

/// <summary>
/// With <c>GREENBUILD_BENCH_ALLOCS=1</c>: samples the runtime's allocation ticks (one event per ~100 KB allocated,
/// naming the type of the object that crossed the mark) while it is switched on, and prints the types that took the
/// most — where an import's gigabyte of garbage comes from, without a profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> bytesByType = new();
    private volatile bool sampling;

    public static AllocationSampler? FromEnvironment() =>
        Environment.GetEnvironmentVariable("GREENBUILD_BENCH_ALLOCS") == "1" ? new AllocationSampler() : null;

    public void Start() => (sampling, _) = (true, 0);

    /// <summary>Stops sampling and prints the top types (to <paramref name="output"/>, standard output by default).</summary>
    public void StopAndPrint(string title, TextWriter? output = null, int top = 25)
    {
        sampling = false;
        output ??= Console.Out;
        var total = Math.Max(1, bytesByType.Values.Sum());
        output.WriteLine($"allocations sampled during {title}: ≈ {total / 1024 / 1024:N0} MB");
        foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            output.WriteLine($"  {bytes * 100.0 / total,5:0.0} %  {bytes / 1024 / 1024,6:N0} MB  {type}");
        }

        bytesByType.Clear();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            // GC keyword (0x1) at verbose level carries GCAllocationTick.
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!sampling || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var names = e.PayloadNames!;
        var type = e.Payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = names.IndexOf("AllocationAmount64") is >= 0 and var i ? Convert.ToInt64(e.Payload[i], System.Globalization.CultureInfo.InvariantCulture)
            : Convert.ToInt64(e.Payload[names.IndexOf("AllocationAmount")], System.Globalization.CultureInfo.InvariantCulture);
        bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
