namespace GreenBuild.Energy.Ingest;

/// <summary>Validates each line against the caller's meters and hands valid readings to the engine.</summary>
internal sealed class IngestSink(IngestEngine engine, long nowTicks, int maxLines, Action<LineError> report) : IReadingSink
{
    /// <summary>Readings up to a minute ahead of the server clock are accepted (collector clock drift).</summary>
    private static readonly long Tolerance = TimeSpan.FromMinutes(1).Ticks;

    public int Lines { get; private set; }

    public HashSet<string> UnknownMeters { get; } = new(StringComparer.Ordinal);

    public (string Code, string MessageKey, object[] Arguments)? Refusal { get; private set; }

    public bool Accepting => Refusal is null;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool Line(int line, ReadOnlySpan<char> meter, ReadOnlySpan<char> time, ReadOnlySpan<char> value, ReadOnlySpan<char> unit)
    {
        if (++Lines > maxLines)
        {
            Refusal = ("energy.batch.too_large", "error.energy.too_large", [maxLines]);
            return false;
        }

        meter = meter.Trim();
        var found = engine.Find(meter);
        if (found < 0)
        {
            var code = meter.Length > 40 ? meter[..40].ToString() + "…" : meter.ToString();
            if (UnknownMeters.Count < 10_000)
            {
                UnknownMeters.Add(code);
            }

            report(new LineError(line, "energy.meter.unknown", "error.energy.meter.unknown", code));
            return false;
        }

        if (!unit.IsWhiteSpace() && !EnergyUnits.Same(unit, engine.UnitAt(found)))
        {
            var info = engine.MeterAt(found);
            report(new LineError(line, "energy.unit", "error.energy.unit", unit.Trim().ToString(), info.Code, info.Unit));
            return false;
        }

        switch (ReadingParser.TryParseTime(time, out var ticks))
        {
            case ReadingParser.TimeProblem.NoZone:
                report(new LineError(line, "energy.time.zone", "error.energy.time.zone", time.Trim().ToString()));
                return false;
            case ReadingParser.TimeProblem.SubSecond:
                report(new LineError(line, "energy.time.subsecond", "error.energy.time.subsecond", time.Trim().ToString()));
                return false;
            case ReadingParser.TimeProblem.Malformed:
                report(new LineError(line, "energy.time.malformed", "error.energy.time.malformed", Clip(time)));
                return false;
        }

        if (ticks > nowTicks + Tolerance)
        {
            report(new LineError(line, "energy.time.future", "error.energy.time.future", time.Trim().ToString()));
            return false;
        }

        if (!ReadingParser.TryParseMilli(value, out var milli))
        {
            report(new LineError(line, "energy.value", "error.energy.value", Clip(value)));
            return false;
        }

        return engine.Add(found, ticks, milli, line);
    }

    public void Malformed(int line, string detail) => report(new LineError(line, "energy.line.malformed", "error.energy.malformed", detail));

    public void Unreadable(string code, string messageKey, params object[] arguments) => Refusal = (code, messageKey, arguments);

    public Task FlushAsync(CancellationToken cancellationToken) => engine.FlushAsync(cancellationToken);

    private static string Clip(ReadOnlySpan<char> text) => text.Length > 40 ? text[..40].ToString() + "…" : text.ToString();
}
