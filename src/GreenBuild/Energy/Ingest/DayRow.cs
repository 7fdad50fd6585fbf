using GreenBuild.Energy.Readings;

namespace GreenBuild.Energy.Ingest;

/// <summary>The day's roll-up of a meter-day row, by the documented rule (<see cref="QualityRule"/>).</summary>
public readonly record struct DayStats(long EnergyMilli, int Readings, int Valid, int Expected, int Excluded, int Flags)
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static DayStats Of(IReadOnlyList<DerivedEntry> entries, int expected, Span<long> hourly) =>
        entries is List<DerivedEntry> list ? Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), expected, hourly) : Of([.. entries], expected, hourly);

    /// <summary>The same over a span: a foreach over the list as an interface boxed an enumerator for every day written.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static DayStats Of(ReadOnlySpan<DerivedEntry> entries, int expected, Span<long> hourly)
    {
        hourly.Clear();
        long energy = 0;
        int valid = 0, excluded = 0, flags = 0;
        foreach (var e in entries)
        {
            flags |= e.Flags & 0xFF;
            if (e.IsBaseline)
            {
                continue;
            }

            if (!QualityRule.CountsInRollups(e.Quality))
            {
                excluded++;
                continue;
            }

            energy += e.Energy;
            hourly[DayEntries.HourOf(e.Ticks)] += e.Energy;
            if ((e.Flags & (int)QualityFlag.FlatLine) == 0)
            {
                valid++;
            }
        }

        return new DayStats(energy, entries.Length, valid, expected, excluded, flags);
    }
}

/// <summary>A meter-day row being built or changed by an ingest.</summary>
internal sealed class DayRow(Guid meterId, DateOnly day, List<DerivedEntry> entries, DayStats? stored)
{
    public Guid MeterId { get; } = meterId;

    public DateOnly Day { get; } = day;

    public List<DerivedEntry> Entries { get; } = entries;

    /// <summary>The row's roll-up as it is in the database; null for a row the database does not have.</summary>
    public DayStats? Stored { get; set; } = stored;

    public bool Dirty { get; set; }

    public int FindIndex(long ticks)
    {
        int lo = 0, hi = Entries.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var t = Entries[mid].Ticks;
            if (t == ticks)
            {
                return mid;
            }

            if (t < ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }
}

/// <summary>A row to write, encoded (a value: a chunk of them is one array, not an object per row).</summary>
internal readonly record struct EncodedDay(Guid MeterId, DateOnly Day, byte[] Entries, byte[] Hourly, DayStats Stats, bool IsNew);
