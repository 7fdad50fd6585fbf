using System.Diagnostics;
using System.Globalization;
using GreenBuild.Energy.Benchmarking;
using GreenBuild.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GreenBuild.Bench;

/// <summary>
/// <c>_energy-queries CONNECTION BUILDING [RUNS [SQL-FILE]]</c>: the two measured queries alone against an ingested database
/// (one kept by <c>energy --keep</c>), for profiling; prints p50/p95 of each, of the ranking's query alone interleaved
/// with the whole ranking, and (PostgreSQL) of a raw SQL file read with Npgsql.
/// </summary>
internal static class EnergyQueriesProbe
{
    public const string Name = "_energy-queries";

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
        var builder = GreenBuildHost.CreateBuilder([$"--ConnectionStrings:GreenBuild={args[0]}", "--GREENBUILD_DB="]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        await using var app = GreenBuildHost.Build(builder);
        await using var scope = app.Services.CreateAsyncScope();
        var ranking = scope.ServiceProvider.GetRequiredService<ReadRanking>();
        var read = scope.ServiceProvider.GetRequiredService<ReadBuilding>();
        var province = new DataScope(true, null, null);
        var watch = Stopwatch.StartNew();
        var count = (await ranking.RunAsync(province, 2024, null, null)).Count;
        Console.WriteLine($"first ranking ({count} buildings): {watch.Elapsed.TotalMilliseconds:0.0} ms");
        // The first series as the bench times it, with the process's CPU time and managed allocations over it (less
        // sensitive to the machine's load than wall time).
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(true);
        var gcs = GC.CollectionCount(0);
        var r = await Measure.RepeatAsync(runs, () => ranking.RunAsync(province, 2024, null, null));
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"first series in order (ms): {string.Join(' ', r.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");
        Console.WriteLine($"first series ({runs} + 1 warm-up): process CPU {cpu.TotalMilliseconds / (runs + 1):0.0} ms a call, allocated {(GC.GetTotalAllocatedBytes(true) - allocated) / (runs + 1) / 1024.0:0} kB a call, gen-0 GCs {GC.CollectionCount(0) - gcs}");
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var next = await Measure.RepeatAsync(runs, () => ranking.RunAsync(province, 2024, null, null));
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"next series: p50 {Measure.Percentile(next, 50):0.0} ms p95 {Measure.Percentile(next, 95):0.0} ms, process CPU {cpu.TotalMilliseconds / (runs + 1):0.0} ms a call");
        var m = await Measure.RepeatAsync(runs, () => read.MonthlyAsync(province, args[1], 2024));
        if (args.Length > 3)
        {
            var sql = System.IO.File.ReadAllText(args[3]);
            await using var connection = new Npgsql.NpgsqlConnection(args[0]);
            await connection.OpenAsync();
            var raw = await Measure.RepeatAsync(runs, async () =>
            {
                await using var command = new Npgsql.NpgsqlCommand(sql, connection);
                await using var reader = await command.ExecuteReaderAsync();
                var n = 0;
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        _ = reader.GetValue(i);
                    }

                    n++;
                }
            });
            Console.WriteLine($"raw SQL p50 {Measure.Percentile(raw, 50):0.0} ms p95 {Measure.Percentile(raw, 95):0.0} ms");
        }

        var db = scope.ServiceProvider.GetRequiredService<GreenBuild.Platform.Database.GreenBuildDb>();
        Func<Task> aggregate = async () =>
        {
            _ = await (from y in db.Set<GreenBuild.Energy.Model.BuildingYear>().AsNoTracking().Where(y => y.Year == 2024)
                       join b in db.Set<GreenBuild.Energy.Model.MonitoredBuilding>().AsNoTracking() on y.BuildingId equals b.Id
                       select new { b.Code, b.Name, b.CityCode, b.BuildingType, b.OperationClass, b.ClimateZone, b.FloorArea, y.ElectricityMilli, y.HeatMilli, y.GasMilli }).ToListAsync();
        };
        var ef = new double[runs];
        var interleaved = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            ef[i] = (await Measure.TimeAsync(aggregate)).TotalMilliseconds;
            interleaved[i] = (await Measure.TimeAsync(() => ranking.RunAsync(province, 2024, null, null))).TotalMilliseconds;
        }

        Console.WriteLine($"interleaved: whole ranking p50 {Measure.Percentile(interleaved, 50):0.0} ms p95 {Measure.Percentile(interleaved, 95):0.0} ms");
        Console.WriteLine($"EF query alone p50 {Measure.Percentile(ef, 50):0.0} ms p95 {Measure.Percentile(ef, 95):0.0} ms");
        Console.WriteLine($"ranking p50 {Measure.Percentile(r, 50):0.0} ms p95 {Measure.Percentile(r, 95):0.0} ms; monthly p50 {Measure.Percentile(m, 50):0.00} ms p95 {Measure.Percentile(m, 95):0.00} ms");
        return 0;
    }
}
