using System.Diagnostics;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Readings;
using Sylvan.Data.Csv;

namespace GreenBuild.Bench;

internal static class ParseProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var w = Stopwatch.StartNew();
        using (var text = new StreamReader(args[0]))
        {
            await using var reader = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 });
            long n = 0, sum = 0;
            var d = new Dictionary<string, int>();
            var alt = d.GetAlternateLookup<ReadOnlySpan<char>>();
            var deriver = new IntervalDeriver(new MeterRules(true, TimeSpan.FromHours(1).Ticks, null, 1, []));
            var mode = args[1];
            while (await reader.ReadAsync())
            {
                n++;
                if (mode == "read") continue;
                var meter = reader.GetFieldSpan(0);
                if (!alt.TryGetValue(meter, out var id)) { d[meter.ToString()] = d.Count; }
                if (mode == "meter") continue;
                ReadingParser.TryParseTime(reader.GetFieldSpan(1), out var ticks);
                if (mode == "time") continue;
                _ = ReadingParser.TryParseMilli(reader.GetFieldSpan(2), out var milli);
                sum += milli;
                if (mode == "parse") continue;
                deriver.Next(ticks, milli);
            }
            Console.WriteLine($"{mode}: {n} rows {w.Elapsed.TotalSeconds:0.00} s");
        }
        return 0;
    }
}
