namespace GreenBuild.Energy.Readings;

/// <summary>One reading with what the rules derived from it (values in thousandths of the meter's unit).</summary>
/// <param name="Ticks">UTC ticks of the reading.</param>
/// <param name="Raw">The value as sent: the register, or the interval's consumption for an interval meter.</param>
/// <param name="Energy">The interval's consumption (× multiplier and unit factor), 0 for a baseline.</param>
/// <param name="Flags">Quality flags, plus <see cref="IntervalDeriver.Baseline"/> for a register's first reading.</param>
public readonly record struct DerivedEntry(long Ticks, long Raw, long Energy, int Flags)
{
    public bool IsBaseline => (Flags & IntervalDeriver.Baseline) != 0;

    public QualityFlag Quality => (QualityFlag)(Flags & 0xFF);
}

/// <summary>What the rules need to know about a meter.</summary>
/// <param name="Cumulative">Register readings (differences are consumption) or interval readings.</param>
/// <param name="IntervalTicks">The reading interval.</param>
/// <param name="ModulusMilli">10^digits of the register in thousandths, or null.</param>
/// <param name="Factor">Multiplier × unit conversion to the canonical unit (1 for none).</param>
/// <param name="Replacements">Documented swaps, ordered by time (values in thousandths).</param>
public sealed record MeterRules(bool Cumulative, long IntervalTicks, long? ModulusMilli, decimal Factor, IReadOnlyList<(long Ticks, long OldFinal, long NewInitial)> Replacements)
{
    public int FlatLineReadings { get; init; } = 8;

    public long SpikeFactor { get; init; } = 10;
}

/// <summary>
/// The quality rules as a stream: each reading is derived from itself and the <see cref="Window"/> readings before
/// it, never from later ones, so late data changes only the readings it precedes within that window
/// (docs/modules/energy.md). Interval value = register difference (corrected for rollover and replacements),
/// flags Gap, Negative, ClockSkew (off the interval boundary, or after <c>futureTicks</c>), FlatLine (the
/// register still for 8 readings), Spike (above 10 × the median of the positive gap-free values among the previous
/// 24 readings, when there are at least 4).
/// </summary>
public sealed class IntervalDeriver(MeterRules rules)
{
    /// <summary>Storage-only flag: a register's first reading, which starts the series and has no interval.</summary>
    public const int Baseline = 0x100;

    /// <summary>How many previous readings a reading's flags depend on.</summary>
    public const int Window = 24;

    private const decimal PlausibleRolloverShare = 0.1m;

    private readonly DerivedEntry[] ring = new DerivedEntry[Window];

    /// <summary>Beside each entry of <see cref="ring"/>: its energy when a spike is measured against it (positive, no gap, replacement or baseline), else 0.</summary>
    private readonly long[] comparable = new long[Window];
    private int count;
    private int head;
    private int zeroRun;

    public MeterRules Rules => rules;

    /// <summary>The last reading fed, if any.</summary>
    public DerivedEntry? Last => count == 0 ? null : ring[(head + Window - 1) % Window];

    /// <summary>Forgets everything: the next reading starts a series.</summary>
    public void Reset()
    {
        count = 0;
        head = 0;
        zeroRun = 0;
    }

    /// <summary>Restores the state after the given stored readings (chronological; only the last <see cref="Window"/> matter).</summary>
    public void Prime(IReadOnlyList<DerivedEntry> previous)
    {
        Reset();
        for (var i = Math.Max(0, previous.Count - Window); i < previous.Count; i++)
        {
            Push(previous[i]);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public DerivedEntry Next(long ticks, long raw, long futureTicks = long.MaxValue)
    {
        var flags = 0;
        long value;
        var previous = Last;
        if (rules.Cumulative)
        {
            if (previous is not { } p)
            {
                var baseline = new DerivedEntry(ticks, raw, 0, Baseline | (OffBoundary(ticks, futureTicks) ? (int)QualityFlag.ClockSkew : 0));
                Push(baseline);
                return baseline;
            }

            value = raw - p.Raw;
            var swap = SwapBetween(p.Ticks, ticks);
            if (swap is { } s)
            {
                value = (s.OldFinal - p.Raw) + (raw - s.NewInitial);
                flags |= (int)QualityFlag.Replacement;
            }
            else if (value < 0 && rules.ModulusMilli is { } max)
            {
                var wrapped = (max - p.Raw) + raw;
                if (wrapped >= 0 && wrapped < max * PlausibleRolloverShare)
                {
                    value = wrapped;
                    flags |= (int)QualityFlag.Rollover;
                }
            }
        }
        else
        {
            value = raw;
        }

        if (value < 0)
        {
            flags |= (int)QualityFlag.Negative;
        }

        if (previous is { } before && ticks - before.Ticks > rules.IntervalTicks)
        {
            flags |= (int)QualityFlag.Gap;
        }

        if (OffBoundary(ticks, futureTicks))
        {
            flags |= (int)QualityFlag.ClockSkew;
        }

        var energy = rules.Factor == 1 ? value : (long)Math.Round(value * rules.Factor, MidpointRounding.AwayFromZero);
        var run = energy == 0 ? zeroRun + 1 : 0;
        if (run >= rules.FlatLineReadings)
        {
            flags |= (int)QualityFlag.FlatLine;
        }

        if ((flags & (int)QualityFlag.Gap) == 0 && energy > 0 && IsSpike(energy))
        {
            flags |= (int)QualityFlag.Spike;
        }

        var entry = new DerivedEntry(ticks, raw, energy, flags);
        Push(entry);
        return entry;
    }

    private bool OffBoundary(long ticks, long futureTicks) => ticks % rules.IntervalTicks != 0 || ticks > futureTicks;

    private (long Ticks, long OldFinal, long NewInitial)? SwapBetween(long after, long upTo)
    {
        var swaps = rules.Replacements;
        for (var i = 0; i < swaps.Count; i++)
        {
            var swap = swaps[i];
            if (swap.Ticks > after && swap.Ticks <= upTo)
            {
                return swap;
            }
        }

        return null;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool IsSpike(long energy)
    {
        // The window's comparable values alone (0 for the others): a file sorted by time visits thousands of meters
        // between two readings of one, so this meter's state is read from memory each time, and three cache lines
        // are cheaper than the twelve of the whole window. Most readings are within 10 × the smallest: no median.
        var values = comparable.AsSpan(0, count);
        var n = 0;
        var min = long.MaxValue;
        foreach (var value in values)
        {
            if (value > 0)
            {
                n++;
                min = Math.Min(min, value);
            }
        }

        if (n < 4 || energy <= min * rules.SpikeFactor)
        {
            return false;
        }

        Span<long> positive = stackalloc long[Window];
        n = 0;
        foreach (var value in values)
        {
            if (value > 0)
            {
                positive[n++] = value;
            }
        }

        var sorted = positive[..n];
        sorted.Sort();
        return energy > sorted[n / 2] * rules.SpikeFactor;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Push(DerivedEntry entry)
    {
        zeroRun = entry.IsBaseline ? 0 : entry.Energy == 0 ? zeroRun + 1 : 0;
        ring[head] = entry;
        comparable[head] = entry.Energy > 0 && (entry.Flags & ((int)QualityFlag.Gap | (int)QualityFlag.Replacement | Baseline)) == 0 ? entry.Energy : 0;
        head = (head + 1) % Window;
        count = Math.Min(count + 1, Window);
    }
}
