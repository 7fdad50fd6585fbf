namespace GreenBuild.Energy.Readings;

/// <summary>
/// Turns a meter's cumulative register readings into interval consumption: differences between successive
/// readings (sorted and de-duplicated first, so order and repeats do not matter), corrected for rollover at the
/// register's maximum and for documented meter replacements, and flagged for quality.
/// </summary>
/// <param name="Interval">The meter's reading interval (15 minutes or an hour).</param>
/// <param name="RegisterModulus">10^digits of the register (100000 for five digits): after modulus − 1 it shows 0; null when unknown.</param>
public sealed record CumulativeRegister(TimeSpan Interval, decimal? RegisterModulus)
{
    /// <summary>A rollover is only believed when the wrapped difference is below this share of the register.</summary>
    private const decimal PlausibleRolloverShare = 0.1m;

    /// <summary>Intervals whose register did not move for this many readings in a row are flagged flat-line.</summary>
    public int FlatLineReadings { get; init; } = 8;

    /// <summary>An interval value above this many times the median of the meter's positive values is a spike.</summary>
    public decimal SpikeFactor { get; init; } = 10;

    public IReadOnlyList<IntervalValue> ToIntervals(IEnumerable<RegisterReading> readings, IEnumerable<MeterReplacement> replacements, DateTime nowUtc)
    {
        var ordered = readings.GroupBy(r => r.TimestampUtc).Select(g => g.First()).OrderBy(r => r.TimestampUtc).ToList();
        var swaps = replacements.OrderBy(r => r.AtUtc).ToList();
        var values = new List<IntervalValue>();
        var unchanged = 0;
        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, current) = (ordered[i - 1], ordered[i]);
            var flags = QualityFlag.None;
            var swap = swaps.FirstOrDefault(s => s.AtUtc > previous.TimestampUtc && s.AtUtc <= current.TimestampUtc);
            decimal value;
            if (swap is not null)
            {
                value = (swap.OldFinal - previous.Value) + (current.Value - swap.NewInitial);
                flags |= QualityFlag.Replacement;
            }
            else
            {
                value = current.Value - previous.Value;
                var wrapped = RegisterModulus is { } max ? (max - previous.Value) + current.Value : -1;
                if (value < 0 && wrapped >= 0 && wrapped < RegisterModulus!.Value * PlausibleRolloverShare)
                {
                    value = wrapped;
                    flags |= QualityFlag.Rollover;
                }
            }

            if (value < 0)
            {
                flags |= QualityFlag.Negative;
            }

            if (current.TimestampUtc - previous.TimestampUtc > Interval)
            {
                flags |= QualityFlag.Gap;
            }

            if (current.TimestampUtc.Ticks % Interval.Ticks != 0 || current.TimestampUtc > nowUtc)
            {
                flags |= QualityFlag.ClockSkew;
            }

            unchanged = value == 0 ? unchanged + 1 : 0;
            if (unchanged >= FlatLineReadings)
            {
                flags |= QualityFlag.FlatLine;
            }

            values.Add(new IntervalValue(current.TimestampUtc, value, flags));
        }

        return FlagSpikes(values);
    }

    private List<IntervalValue> FlagSpikes(List<IntervalValue> values)
    {
        var positive = values.Where(v => v.Value > 0 && (v.Flags & (QualityFlag.Gap | QualityFlag.Replacement)) == 0).Select(v => v.Value).Order().ToList();
        if (positive.Count < 4)
        {
            return values;
        }

        var median = positive[positive.Count / 2];
        return [.. values.Select(v => v.Value > median * SpikeFactor && (v.Flags & QualityFlag.Gap) == 0 ? v with { Flags = v.Flags | QualityFlag.Spike } : v)];
    }
}
