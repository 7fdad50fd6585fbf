namespace GreenBuild.Energy.Ingest;

/// <summary>Where a reading source delivers its lines (line 1 is the header; data lines start at 2).</summary>
internal interface IReadingSink
{
    /// <summary>One line's fields; true when the source must await <see cref="FlushAsync"/> before the next line.</summary>
    bool Line(int line, ReadOnlySpan<char> meter, ReadOnlySpan<char> time, ReadOnlySpan<char> value, ReadOnlySpan<char> unit);

    void Malformed(int line, string detail);

    /// <summary>A problem with the whole content (no header, not a workbook…): nothing of it is read.</summary>
    void Unreadable(string code, string messageKey, params object[] arguments);

    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>False once the batch has been refused (too many lines): the source stops.</summary>
    bool Accepting { get; }
}

/// <summary>The accepted column names of CSV and Excel batches.</summary>
internal static class ReadingColumns
{
    public static readonly string[] Meter = ["meter", "meter_code", "表计编码", "表计"];
    public static readonly string[] Time = ["time", "timestamp", "时间"];
    public static readonly string[] Value = ["value", "读数", "数值"];
    public static readonly string[] Unit = ["unit", "单位"];

    public static int Find(IReadOnlyList<string> header, string[] names)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (names.Contains(header[i].Trim().TrimStart('\uFEFF'), StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
