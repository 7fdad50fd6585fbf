namespace GreenBuild.Energy.Ingest;

/// <summary>
/// The arrays of encoded meter-days, by length, given back once their write is done and reused for the next days.
/// A batch's days have a handful of lengths (a day of hourly readings is always 24 entries, the hourly sums always
/// 192 bytes), so a large file allocates its blobs once instead of once a day and meter, and the heap stays flat.
/// The reader rents and the background writer returns: the pool locks.
/// </summary>
internal sealed class BlobPool
{
    /// <summary>Enough for two flushes in flight (one written, one being encoded; a chunk that crosses midnight ends a day of every meter) with their hourly blobs.</summary>
    private const int MaxPooled = 44_000;

    private readonly Dictionary<int, Stack<byte[]>> free = [];
    private int pooled;

    public byte[] Rent(int length)
    {
        lock (free)
        {
            if (free.TryGetValue(length, out var stack) && stack.Count > 0)
            {
                pooled--;
                return stack.Pop();
            }
        }

        return new byte[length];
    }

    /// <summary>The rows' blobs, after their write (nothing may read them any more).</summary>
    public void Return(IReadOnlyList<EncodedDay> rows)
    {
        lock (free)
        {
            foreach (var row in rows)
            {
                Push(row.Entries);
                Push(row.Hourly);
            }
        }
    }

    private void Push(byte[] blob)
    {
        if (pooled >= MaxPooled)
        {
            return;
        }

        if (!free.TryGetValue(blob.Length, out var stack))
        {
            free[blob.Length] = stack = new Stack<byte[]>();
        }

        stack.Push(blob);
        pooled++;
    }
}
