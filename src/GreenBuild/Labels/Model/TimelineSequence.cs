namespace GreenBuild.Labels.Model;

/// <summary>
/// A strictly increasing ordering key for the readable trail. The event time comes from the injected clock and can be
/// equal for several steps (one request records several; a test clock stands still), and a random Guid gives no order.
/// The key is the wall clock's ticks, raised by one whenever it would not increase, so within a process it follows the
/// recording order and across processes (web, CLI) the real order of events. It orders; it is never shown as a time.
/// </summary>
internal static class TimelineSequence
{
    private static long last;

    public static long Next()
    {
        var now = DateTime.UtcNow.Ticks;
        while (true)
        {
            var current = Interlocked.Read(ref last);
            var next = Math.Max(current + 1, now);
            if (Interlocked.CompareExchange(ref last, next, current) == current)
            {
                return next;
            }
        }
    }
}
