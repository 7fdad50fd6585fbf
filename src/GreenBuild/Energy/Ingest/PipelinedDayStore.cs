using System.Diagnostics;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// Overlaps storing with parsing on the second core: <see cref="WriteAsync"/> hands the encoded days to a
/// background task and returns at once, so the batch's reader derives the next days while the provider's bulk
/// store (binary COPY, or SQLite's prepared statement) writes these. At most one write is in flight (the next one
/// waits for it: memory stays bounded); every other call waits for it first, so the connection is never used by
/// two callers at once and a read always sees every write before it. Errors of a write surface at the next call.
/// Written rows give their blobs back to the <see cref="BlobPool"/>.
/// </summary>
internal sealed class PipelinedDayStore(IDayStore inner, BlobPool pool) : IDayStore
{
    private readonly Stopwatch busy = new();
    private Task pending = Task.CompletedTask;

    /// <summary>Time the background writes took (they overlap the reading).</summary>
    public TimeSpan Writing => busy.Elapsed;

    public async Task<Dictionary<Guid, DayRow>> LoadLatestAsync(IReadOnlyCollection<Guid> meters, CancellationToken cancellationToken)
    {
        await pending;
        return await inner.LoadLatestAsync(meters, cancellationToken);
    }

    public async Task<DayRow?> LoadAsync(Guid meter, DateOnly day, CancellationToken cancellationToken)
    {
        await pending;
        return await inner.LoadAsync(meter, day, cancellationToken);
    }

    public async Task<DayRow?> LoadPreviousAsync(Guid meter, DateOnly day, CancellationToken cancellationToken)
    {
        await pending;
        return await inner.LoadPreviousAsync(meter, day, cancellationToken);
    }

    public async Task<Dictionary<Guid, DayRow>> LoadPreviousAsync(IReadOnlyList<(Guid Meter, DateOnly Day)> keys, CancellationToken cancellationToken)
    {
        await pending;
        return await inner.LoadPreviousAsync(keys, cancellationToken);
    }

    public async Task<DayRow?> LoadNextAsync(Guid meter, DateOnly day, CancellationToken cancellationToken)
    {
        await pending;
        return await inner.LoadNextAsync(meter, day, cancellationToken);
    }

    public async Task WriteAsync(IReadOnlyList<EncodedDay> rows, CancellationToken cancellationToken)
    {
        await pending;
        pending = Task.Run(
            async () =>
            {
                busy.Start();
                try
                {
                    await inner.WriteAsync(rows, cancellationToken);
                    pool.Return(rows);
                }
                finally
                {
                    busy.Stop();
                }
            },
            cancellationToken);
    }

    public async Task ApplyAsync(RollupChanges changes, CancellationToken cancellationToken)
    {
        await pending;
        await inner.ApplyAsync(changes, cancellationToken);
    }

    /// <summary>Waits for the write in flight (its error, if any, is thrown).</summary>
    public Task SettleAsync() => pending;

    /// <summary>Waits for the write in flight and ignores its outcome (the batch is being abandoned for another error).</summary>
    public async Task AbandonAsync()
    {
        try
        {
            await pending;
        }
        catch (Exception)
        {
            // The batch's own error is the one reported; its transaction is rolled back.
        }
    }
}
