using Sylvan.Data.Csv;

namespace GreenBuild.Energy.Ingest;

/// <summary>CSV batches: a header naming the columns meter, time, value and (optionally) unit; UTF-8; streamed.</summary>
internal static class CsvReadingSource
{
    public static async Task ReadAsync(TextReader text, IReadingSink sink, CancellationToken cancellationToken)
    {
        await using var reader = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 }, cancellationToken);
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        int meter = ReadingColumns.Find(header, ReadingColumns.Meter), time = ReadingColumns.Find(header, ReadingColumns.Time);
        int value = ReadingColumns.Find(header, ReadingColumns.Value), unit = ReadingColumns.Find(header, ReadingColumns.Unit);
        if (meter < 0 || time < 0 || value < 0)
        {
            sink.Unreadable("energy.csv.header", "error.energy.header", string.Join(",", header));
            return;
        }

        var needed = Math.Max(Math.Max(meter, time), Math.Max(value, unit)) + 1;
        var line = 1;
        while (sink.Accepting && await reader.ReadAsync(cancellationToken))
        {
            line++;
            if (reader.RowFieldCount < needed)
            {
                sink.Malformed(line, $"{reader.RowFieldCount} / {needed}");
                continue;
            }

            if (Deliver(reader, sink, line, meter, time, value, unit))
            {
                await sink.FlushAsync(cancellationToken);
            }
        }
    }

    private static bool Deliver(CsvDataReader reader, IReadingSink sink, int line, int meter, int time, int value, int unit) =>
        sink.Line(line, reader.GetFieldSpan(meter), reader.GetFieldSpan(time), reader.GetFieldSpan(value), unit < 0 ? default : reader.GetFieldSpan(unit));
}
