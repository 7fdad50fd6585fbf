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
    /// <summary>Intervals whose register did not move for this many readings in a row are flagged flat-line.</summary>
    public int FlatLineReadings { get; init; } = 8;

    /// <summary>An interval value above this many times the median of the previous positive values is a spike.</summary>
    public decimal SpikeFactor { get; init; } = 10;

    /// <summary>
    /// The intervals of a meter's readings, by the streaming rules of <see cref="IntervalDeriver"/> (values are
    /// kept to thousandths, as stored).
    /// </summary>
    public IReadOnlyList<IntervalValue> ToIntervals(IEnumerable<RegisterReading> readings, IEnumerable<MeterReplacement> replacements, DateTime nowUtc)
    {
        var ordered = readings.GroupBy(r => r.TimestampUtc).Select(g => g.First()).OrderBy(r => r.TimestampUtc).ToList();
        var swaps = replacements.OrderBy(r => r.AtUtc).Select(r => (r.AtUtc.Ticks, Milli(r.OldFinal), Milli(r.NewInitial))).ToList();
        var rules = new MeterRules(true, Interval.Ticks, RegisterModulus is { } m ? Milli(m) : null, 1, swaps)
        {
            FlatLineReadings = FlatLineReadings, SpikeFactor = (long)SpikeFactor,
        };
        var deriver = new IntervalDeriver(rules);
        var values = new List<IntervalValue>();
        foreach (var reading in ordered)
        {
            var entry = deriver.Next(reading.TimestampUtc.Ticks, Milli(reading.Value), nowUtc.Ticks);
            if (!entry.IsBaseline)
            {
                values.Add(new IntervalValue(reading.TimestampUtc, entry.Energy / 1000m, entry.Quality));
            }
        }

        return values;
    }

    private static long Milli(decimal value) => (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
}
