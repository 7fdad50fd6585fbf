namespace GreenBuild.Energy.Ingest;

/// <summary>A refused line of a batch: its number (1 = the first data line after the header), a stable code and the message key's arguments.</summary>
public sealed record LineError(int Line, string Code, string MessageKey, params object[] Arguments)
{
    /// <summary>The column the error is about (<c>meter</c>, <c>time</c>, <c>value</c>, <c>unit</c>), or null for the whole line.</summary>
    public string? Column => Code switch
    {
        "energy.meter.unknown" or "energy.meter.forbidden" => "meter",
        "energy.unit" => "unit",
        "energy.value" or "energy.conflict.batch" or "energy.conflict.stored" => "value",
        _ when Code.StartsWith("energy.time.", StringComparison.Ordinal) => "time",
        _ => null,
    };
}
