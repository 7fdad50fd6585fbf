using System.Runtime.CompilerServices;
using Sylvan.Data.Csv;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// CSV batches: a header naming the columns meter, time, value and (optionally) unit; UTF-8; streamed. The text must
/// allow synchronous reads (a file, or a request body buffered first): rows are pumped in a tight synchronous loop,
/// compiled fully optimized from the start, and the source yields only to flush.
/// </summary>
internal static class CsvReadingSource
{
    /// <summary>The longest line read (in characters): a longer one refuses the batch, named by its number, rather than growing the buffer without end.</summary>
    public const int MaxLineChars = 1 << 20;

    public static async Task ReadAsync(TextReader text, IReadingSink sink, CancellationToken cancellationToken)
    {
        var line = 0;
        try
        {
            await ReadLinesAsync(text, sink, c => line = c, cancellationToken);
        }
        catch (CsvRecordTooLargeException)
        {
            // Sylvan cannot go on past a record larger than its buffer: nothing of the batch is stored, and the answer says which line.
            sink.Unreadable("energy.csv.line_too_long", "error.energy.line_too_long", line + 1, MaxLineChars);
        }
    }

    private static async Task ReadLinesAsync(TextReader text, IReadingSink sink, Action<int> progress, CancellationToken cancellationToken)
    {
        using var reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16, MaxBufferSize = MaxLineChars });
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var columns = new Columns(ReadingColumns.Find(header, ReadingColumns.Meter), ReadingColumns.Find(header, ReadingColumns.Time),
            ReadingColumns.Find(header, ReadingColumns.Value), ReadingColumns.Find(header, ReadingColumns.Unit));
        if (columns.Meter < 0 || columns.Time < 0 || columns.Value < 0)
        {
            sink.Unreadable("energy.csv.header", "error.energy.header", string.Join(",", header));
            return;
        }

        var line = 1;
        progress(line);
        try
        {
            while (Pump(reader, sink, columns, ref line))
            {
                progress(line);
                cancellationToken.ThrowIfCancellationRequested();
                await sink.FlushAsync(cancellationToken);
            }
        }
        finally
        {
            progress(line);
        }
    }

    /// <summary>Delivers rows until the sink asks for a flush (true) or the text ends or the sink stops accepting (false).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Pump(CsvDataReader reader, IReadingSink sink, Columns c, ref int line)
    {
        var needed = Math.Max(Math.Max(c.Meter, c.Time), Math.Max(c.Value, c.Unit)) + 1;
        while (sink.Accepting && reader.Read())
        {
            line++;
            if (reader.RowFieldCount < needed)
            {
                sink.Malformed(line, $"{reader.RowFieldCount} / {needed}");
                continue;
            }

            if (sink.Line(line, reader.GetFieldSpan(c.Meter), reader.GetFieldSpan(c.Time), reader.GetFieldSpan(c.Value), c.Unit < 0 ? default : reader.GetFieldSpan(c.Unit)))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Columns(int Meter, int Time, int Value, int Unit);
}
