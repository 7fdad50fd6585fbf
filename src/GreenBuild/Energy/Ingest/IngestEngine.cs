using GreenBuild.Energy.Readings;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// Turns a batch's valid readings into meter-day rows and roll-up changes. Readings that continue a meter's series
/// (later than anything stored or seen) are derived at once and streamed out in closed days; any other reading
/// (late, repeated, out of order) is merged afterwards into the stored days it falls in, and the meter is derived
/// again from there until <see cref="IntervalDeriver.Window"/> + 1 readings in a row come out unchanged. Both ways
/// give the same rows for the same set of readings, so batches are idempotent and order-independent.
/// </summary>
internal sealed class IngestEngine(IDayStore store, IReadOnlyDictionary<Guid, MeterInfo> meters, Action<LineError> report, BlobPool? pool = null,
    int chunkReadings = IngestEngine.ChunkReadings)
{
    private const int MaxLateReadings = 200_000;

    /// <summary>
    /// Valid readings wait in a chunk of this many and are fed meter by meter (in their order within each meter):
    /// a file sorted by time visits every meter between two readings of one, so feeding them as they come reads each
    /// reading's meter state from memory; grouped, a meter's state is read once for its dozen readings of the chunk.
    /// </summary>
    public const int ChunkReadings = 1 << 17;

    /// <summary>Line numbers of streamed readings are kept for this many readings (a REST batch's limit) to name both lines of a conflict.</summary>
    private const int MaxRememberedLines = 200_000;

    private readonly Dictionary<Guid, Timeline> timelines = [];
    private readonly List<(Timeline Line, DayRow Row)> closed = [];
    private readonly Dictionary<Guid, List<(long Ticks, long Raw, int Line)>> late = [];
    private readonly RollupChanges rollups = new();
    private readonly Dictionary<(Guid Meter, long Ticks), int> streamedLines = [];

    /// <summary>Entry lists of finished days, reused for the next days (a day's list is encoded when it ends and given back at once).</summary>
    private readonly Stack<List<DerivedEntry>> spareLists = new();

    /// <summary>Days encoded and not yet handed to the store, and the list handed over last time (free again once the store takes the next).</summary>
    private List<EncodedDay> encoded = [], handedOver = [];

    private Timeline[] indexed = [];
    private string[] units = [];
    private MeterCodeIndex? index;
    private Pending[] chunk = [], grouped = [];
    private int[] starts = [];
    private int pending;
    private int lateCount;

    public int Stored { get; private set; }

    public int Duplicates { get; private set; }

    public int Conflicts { get; private set; }

    public int DaysWritten { get; private set; }

    /// <summary>Time spent preparing, writing days and applying roll-ups (the rest is reading and deriving).</summary>
    public (TimeSpan Prepare, TimeSpan Write, TimeSpan Rollups) Timings => (prepare.Elapsed, write.Elapsed, rollup.Elapsed);

    private readonly System.Diagnostics.Stopwatch prepare = new(), write = new(), rollup = new();

    /// <summary>Loads each meter's latest stored day and primes its rules with the readings before.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        prepare.Start();
        var latest = await store.LoadLatestAsync([.. meters.Keys], cancellationToken);
        var stored = new List<(Timeline Timeline, DayRow Latest)>(latest.Count);
        indexed = new Timeline[meters.Count];
        units = new string[meters.Count];
        var distinct = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var meter in meters.Values)
        {
            var timeline = new Timeline(meter);
            timelines[meter.Id] = timeline;
            units[i] = distinct.TryGetValue(meter.Unit, out var unit) ? unit : distinct[meter.Unit] = meter.Unit;
            indexed[i++] = timeline;
            if (latest.TryGetValue(meter.Id, out var row))
            {
                stored.Add((timeline, row));
            }
        }

        await PrimeAsync(stored, cancellationToken);
        foreach (var timeline in timelines.Values)
        {
            timeline.StoredMaxAtStart = timeline.LastTicks;
        }

        index = new MeterCodeIndex([.. indexed.Select(t => t.Meter.Code)]);
        starts = new int[indexed.Length + 1];
        prepare.Stop();
    }

    /// <summary>The position of a meter the batch may write, by its code, or −1 (after <see cref="PrepareAsync"/>).</summary>
    public int Find(ReadOnlySpan<char> code) => index!.Find(code);

    /// <summary>The meter at a position <see cref="Find"/> gave.</summary>
    public MeterInfo MeterAt(int meter) => indexed[meter].Meter;

    /// <summary>The unit of the meter at a position (from an array of few distinct strings: the check of every line reads no meter's state).</summary>
    public string UnitAt(int meter) => units[meter];

    /// <summary>Takes one valid reading of the meter at a position <see cref="Find"/> gave; true when the caller should <see cref="FlushAsync"/> before the next.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool Add(int meter, long ticks, long raw, int line)
    {
        if (pending == chunk.Length)
        {
            if (chunk.Length >= chunkReadings)
            {
                // The caller went on without flushing: the full chunk is fed now (its days are written at the next flush).
                FeedChunk();
            }
            else
            {
                var size = Math.Clamp(chunk.Length * 2, Math.Min(1024, chunkReadings), chunkReadings);
                Array.Resize(ref chunk, size);
                grouped = new Pending[size];
            }
        }

        chunk[pending++] = new Pending(ticks, raw, line, meter);
        return pending == chunkReadings;
    }

    /// <summary>Feeds the chunk's readings meter by meter: a stable counting sort by meter keeps each meter's readings in their order.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void FeedChunk()
    {
        if (pending == 0)
        {
            return;
        }

        Array.Clear(starts);
        for (var i = 0; i < pending; i++)
        {
            starts[chunk[i].Meter + 1]++;
        }

        for (var m = 1; m < starts.Length; m++)
        {
            starts[m] += starts[m - 1];
        }

        for (var i = 0; i < pending; i++)
        {
            grouped[starts[chunk[i].Meter]++] = chunk[i];
        }

        Span<long> hourly = stackalloc long[24];
        for (var i = 0; i < pending; i++)
        {
            var r = grouped[i];
            Feed(indexed[r.Meter], r.Ticks, r.Raw, r.Line, hourly);
        }

        pending = 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Feed(Timeline timeline, long ticks, long raw, int line, Span<long> hourly)
    {
        var meterId = timeline.Meter.Id;
        var day = DayEntries.DayOf(ticks);
        if (ticks <= timeline.LastTicks || (timeline.Open is { } current && day < current.Day))
        {
            if (!late.TryGetValue(meterId, out var list))
            {
                late[meterId] = list = [];
            }

            list.Add((ticks, raw, line));
            lateCount++;
            return;
        }

        if (timeline.Open is not { } open || open.Day != day)
        {
            if (timeline.Open is { Dirty: true } finished)
            {
                // The day is over (the meter has moved on): encoded now, its list is free for the next day.
                Encode(timeline, finished, hourly);
                finished.Entries.Clear();
                spareLists.Push(finished.Entries);
            }

            var entries = spareLists.Count > 0 ? spareLists.Pop() : new List<DerivedEntry>(timeline.Meter.ExpectedPerDay + 1);
            timeline.Open = open = new DayRow(meterId, day, entries, null);
        }

        open.Entries.Add(timeline.Deriver.Next(ticks, raw));
        if (streamedLines.Count < MaxRememberedLines)
        {
            streamedLines[(meterId, ticks)] = line;
        }

        open.Dirty = true;
        timeline.LastTicks = ticks;
        Stored++;
    }

    /// <summary>A day's row as it will be written, with its roll-up change (the row then counts as stored with these stats).</summary>
    private void Encode(Timeline timeline, DayRow row, Span<long> hourly)
    {
        var stats = DayStats.Of(row.Entries, timeline.Meter.ExpectedPerDay, hourly);
        encoded.Add(new EncodedDay(row.MeterId, row.Day, DayEntries.Encode(row.Day, row.Entries, pool), DayEntries.EncodeHourly(hourly, pool), stats, row.Stored is null));
        rollups.Add(timeline.Meter, row.Day, stats, row.Stored);
        row.Stored = stats;
        row.Dirty = false;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        FeedChunk();
        await WriteClosedAsync(cancellationToken);
        if (lateCount >= MaxLateReadings)
        {
            await ProcessLateAsync(cancellationToken);
        }
    }

    /// <summary>Writes every open day, merges the late readings, and applies the roll-up changes.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        FeedChunk();
        await ProcessLateAsync(cancellationToken);
        CloseOpenRows();
        await WriteClosedAsync(cancellationToken);
        rollup.Start();
        await store.ApplyAsync(rollups, cancellationToken);
        rollup.Stop();
    }

    /// <summary>
    /// Derives a meter's stored readings again from <paramref name="from"/> on, because its rules changed there (a
    /// replacement recorded or withdrawn after its readings were stored), until the readings after it stop changing;
    /// the changed days and their roll-up deltas are written by <see cref="CompleteAsync"/>.
    /// </summary>
    public async Task RederiveStoredAsync(Guid meterId, long from, CancellationToken cancellationToken)
    {
        if (!timelines.TryGetValue(meterId, out var timeline))
        {
            timelines[meterId] = timeline = new Timeline(meters[meterId]);
        }

        var day = DayEntries.DayOf(from);
        var rows = new SortedDictionary<DateOnly, DayRow> { [day] = await store.LoadAsync(meterId, day, cancellationToken) ?? new DayRow(meterId, day, [], null) };
        await RederiveAsync(timeline, rows, from, from, cancellationToken);
        foreach (var row in rows.Values.Where(r => r.Dirty))
        {
            closed.Add((timeline, row));
        }
    }

    private void CloseOpenRows()
    {
        foreach (var timeline in timelines.Values)
        {
            if (timeline.Open is { Dirty: true } open)
            {
                closed.Add((timeline, open));
            }
        }
    }

    private async Task WriteClosedAsync(CancellationToken cancellationToken)
    {
        write.Start();
        Span<long> hourly = stackalloc long[24];
        foreach (var (timeline, row) in closed)
        {
            Encode(timeline, row, hourly);
        }

        closed.Clear();
        if (encoded.Count > 0)
        {
            var rows = encoded;
            await store.WriteAsync(rows, cancellationToken);
            DaysWritten += rows.Count;

            // The store has taken these rows, so it is done with the ones handed over before: that list is reused.
            (encoded, handedOver) = (handedOver, rows);
            encoded.Clear();
        }

        write.Stop();
    }

    private async Task ProcessLateAsync(CancellationToken cancellationToken)
    {
        if (lateCount == 0)
        {
            return;
        }

        CloseOpenRows();
        await WriteClosedAsync(cancellationToken);

        // Meter by meter in the order of their first late line, as the lines came (the chunks feed meters in another order).
        foreach (var (meterId, readings) in late.OrderBy(m => m.Value[0].Line).ToList())
        {
            var timeline = timelines[meterId];
            await MergeAsync(timeline, readings, cancellationToken);
            await WriteClosedAsync(cancellationToken);
            timeline.Reset();
            if (await store.LoadLatestAsync([meterId], cancellationToken) is { Count: 1 } latest)
            {
                await PrimeAsync([(timeline, latest[meterId])], cancellationToken);
            }
        }

        late.Clear();
        lateCount = 0;
    }

    /// <summary>
    /// Primes each meter's rules with the <see cref="IntervalDeriver.Window"/> readings up to its latest stored day,
    /// going back a day at a time while fewer are known; the days before are loaded for all meters at once (one query
    /// per step back, usually one in all), not one query per meter.
    /// </summary>
    private async Task PrimeAsync(IReadOnlyList<(Timeline Timeline, DayRow Latest)> stored, CancellationToken cancellationToken)
    {
        var contexts = new List<DerivedEntry>?[stored.Count];
        var earliest = new DateOnly[stored.Count];
        var pending = new List<int>();
        for (var i = 0; i < stored.Count; i++)
        {
            contexts[i] = new List<DerivedEntry>(stored[i].Latest.Entries);
            earliest[i] = stored[i].Latest.Day;
            Next(i);
        }

        while (pending.Count > 0)
        {
            var previous = await store.LoadPreviousAsync([.. pending.Select(i => (stored[i].Timeline.Meter.Id, earliest[i]))], cancellationToken);
            var round = pending;
            pending = [];
            foreach (var i in round)
            {
                if (previous.Remove(stored[i].Timeline.Meter.Id, out var row))
                {
                    contexts[i]!.InsertRange(0, row.Entries);
                    earliest[i] = row.Day;
                    Next(i);
                }
                else
                {
                    Prime(i);
                }
            }
        }

        // A meter with enough readings is primed at once (its context is let go); the others go back one more day.
        void Next(int i)
        {
            if (contexts[i]!.Count < IntervalDeriver.Window)
            {
                pending.Add(i);
            }
            else
            {
                Prime(i);
            }
        }

        void Prime(int i)
        {
            var (timeline, latest) = stored[i];
            var context = contexts[i]!;
            timeline.Deriver.Prime(context);
            timeline.Open = latest;
            timeline.LastTicks = context.Count > 0 ? context[^1].Ticks : long.MinValue;
            contexts[i] = null;
        }
    }

    private async Task MergeAsync(Timeline timeline, List<(long Ticks, long Raw, int Line)> readings, CancellationToken cancellationToken)
    {
        var meter = timeline.Meter;
        var rows = new SortedDictionary<DateOnly, DayRow>();
        async Task<DayRow> RowOf(DateOnly day)
        {
            if (!rows.TryGetValue(day, out var row))
            {
                row = await store.LoadAsync(meter.Id, day, cancellationToken) ?? new DayRow(meter.Id, day, [], null);
                rows[day] = row;
            }

            return row;
        }

        long first = long.MaxValue, last = long.MinValue;
        foreach (var group in readings.GroupBy(r => r.Ticks).OrderBy(g => g.Key))
        {
            var distinct = group.Select(r => r.Raw).Distinct().Count();
            var lines = group.OrderBy(r => r.Line).ToList();
            var row = await RowOf(DayEntries.DayOf(group.Key));
            var index = row.FindIndex(group.Key);
            if (distinct > 1)
            {
                Conflicts += lines.Count;
                foreach (var (_, raw, line) in lines)
                {
                    report(new LineError(line, "energy.conflict.batch", "error.energy.conflict.batch", meter.Code, Text(group.Key)));
                }

                if (index >= 0 && timeline.FromThisBatch(group.Key))
                {
                    ReportEarlierLine(meter, group.Key);
                    RemoveEntry(row, index, ref first, ref last);
                }

                continue;
            }

            var value = lines[0].Raw;
            if (index >= 0)
            {
                var existing = row.Entries[index].Raw;
                if (existing == value)
                {
                    Duplicates += lines.Count;
                    continue;
                }

                Conflicts += lines.Count;
                var fromBatch = timeline.FromThisBatch(group.Key);
                foreach (var (_, _, line) in lines)
                {
                    report(fromBatch
                        ? new LineError(line, "energy.conflict.batch", "error.energy.conflict.batch", meter.Code, Text(group.Key))
                        : new LineError(line, "energy.conflict.stored", "error.energy.conflict.stored", meter.Code, Text(group.Key), Milli(existing), Milli(value)));
                }

                if (fromBatch)
                {
                    ReportEarlierLine(meter, group.Key);
                    RemoveEntry(row, index, ref first, ref last);
                }

                continue;
            }

            Duplicates += lines.Count - 1;
            row.Entries.Insert(~index, new DerivedEntry(group.Key, value, 0, 0));
            row.Dirty = true;
            timeline.LateInserted.Add(group.Key);
            Stored++;
            (first, last) = (Math.Min(first, group.Key), Math.Max(last, group.Key));
        }

        if (first != long.MaxValue)
        {
            await RederiveAsync(timeline, rows, first, last, cancellationToken);
        }

        foreach (var row in rows.Values.Where(r => r.Dirty))
        {
            closed.Add((timeline, row));
        }
    }

    /// <summary>The streamed line a conflict takes back (when its number is still known).</summary>
    private void ReportEarlierLine(MeterInfo meter, long ticks)
    {
        Conflicts++;
        if (streamedLines.Remove((meter.Id, ticks), out var line))
        {
            report(new LineError(line, "energy.conflict.batch", "error.energy.conflict.batch", meter.Code, Text(ticks)));
        }
    }

    private void RemoveEntry(DayRow row, int index, ref long first, ref long last)
    {
        var ticks = row.Entries[index].Ticks;
        row.Entries.RemoveAt(index);
        row.Dirty = true;
        Stored--;
        (first, last) = (Math.Min(first, ticks), Math.Max(last, ticks));
    }

    /// <summary>Derives the meter again from <paramref name="from"/> on, until the values after <paramref name="to"/> stop changing.</summary>
    private async Task RederiveAsync(Timeline timeline, SortedDictionary<DateOnly, DayRow> rows, long from, long to, CancellationToken cancellationToken)
    {
        var meterId = timeline.Meter.Id;
        var day = DayEntries.DayOf(from);
        var row = rows[day];
        var context = row.Entries.Where(e => e.Ticks < from).ToList();
        var previousDay = day;
        while (context.Count < IntervalDeriver.Window && await store.LoadPreviousAsync(meterId, previousDay, cancellationToken) is { } previous)
        {
            context.InsertRange(0, previous.Entries);
            previousDay = previous.Day;
        }

        var deriver = new IntervalDeriver(timeline.Meter.Rules);
        deriver.Prime(context);
        var unchanged = 0;
        while (true)
        {
            for (var i = 0; i < row.Entries.Count; i++)
            {
                var old = row.Entries[i];
                if (old.Ticks < from)
                {
                    continue;
                }

                var derived = deriver.Next(old.Ticks, old.Raw);
                if (derived != old)
                {
                    row.Entries[i] = derived;
                    row.Dirty = true;
                    unchanged = 0;
                }
                else if (old.Ticks > to && ++unchanged > IntervalDeriver.Window)
                {
                    return;
                }
            }

            var current = row.Day;
            var cached = rows.Keys.Where(d => d > current).Select(d => (DateOnly?)d).FirstOrDefault();
            var stored = await store.LoadNextAsync(meterId, current, cancellationToken);
            if (stored is not null && (cached is null || stored.Day < cached))
            {
                rows[stored.Day] = stored;
                row = stored;
            }
            else if (cached is { } next)
            {
                row = rows[next];
            }
            else
            {
                return;
            }
        }
    }

    internal static string Text(long ticks) => new DateTime(ticks, DateTimeKind.Utc).Add(DayEntries.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "+08:00";

    private static string Milli(long value) => (value / 1000m).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A valid reading waiting in the chunk.</summary>
    private readonly record struct Pending(long Ticks, long Raw, int Line, int Meter);

    /// <summary>One meter's series in this batch: its rules' state and the day being filled.</summary>
    internal sealed class Timeline(MeterInfo meter)
    {
        public MeterInfo Meter { get; } = meter;

        public IntervalDeriver Deriver { get; } = new(meter.Rules);

        public DayRow? Open { get; set; }

        public long LastTicks { get; set; } = long.MinValue;

        public long StoredMaxAtStart { get; set; } = long.MinValue;

        public HashSet<long> LateInserted { get; } = [];

        /// <summary>A stored reading this batch wrote: later than anything stored before, or merged late by it.</summary>
        public bool FromThisBatch(long ticks) => ticks > StoredMaxAtStart || LateInserted.Contains(ticks);

        public void Reset()
        {
            Deriver.Reset();
            Open = null;
            LastTicks = long.MinValue;
        }
    }
}
