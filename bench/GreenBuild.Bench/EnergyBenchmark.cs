using System.Globalization;
using DuckDB.NET.Data;
using GreenBuild.Energy.Benchmarking;
using GreenBuild.Energy.Demo;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GreenBuild.Bench;

/// <summary>
/// Issue 6's figures, measured in one run on the demo generator's data: PostgreSQL ingest vs psql \copy, SQLite
/// ingest vs sqlite3 .import, the province ranking and a building's monthly breakdown vs DuckDB on the raw CSV,
/// and the ingest's peak RSS. Options: --pg (server connection string), --readings (10000000), --buildings (5000),
/// --work (folder), --runs (50), --keep (leave the PostgreSQL database, and a copy of the SQLite one before its ingest, for profiling).
/// </summary>
internal static class EnergyBenchmark
{
    public const string IngestChild = "_energy-ingest";

    private static readonly DateTime Start = new(2023, 12, 31, 16, 0, 0, DateTimeKind.Utc); // 2024-01-01 00:00 Beijing time
    private static readonly DataScope Province = new(true, null, null);

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Measure.Option(args, "--pg", Environment.GetEnvironmentVariable("GREENBUILD_BENCH_PG") ?? "");
        var readings = long.Parse(Measure.Option(args, "--readings", "10000000"), CultureInfo.InvariantCulture);
        var count = int.Parse(Measure.Option(args, "--buildings", "5000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Measure.Option(args, "--runs", "50"), CultureInfo.InvariantCulture);
        var work = Measure.Option(args, "--work", Path.Combine(Path.GetTempPath(), "greenbuild-bench"));
        var keep = args.Contains("--keep");
        Directory.CreateDirectory(work);
        if (server.Length == 0)
        {
            Console.Error.WriteLine("--pg <connection string of a throwaway PostgreSQL server> is required (bench/run.sh starts one)");
            return 2;
        }

        var buildings = Buildings(count);
        var hours = (int)Math.Ceiling(readings / (2.0 * count));
        var csv = Path.Combine(work, "readings.csv");
        var areas = Path.Combine(work, "buildings.csv");
        var generated = await Measure.TimeAsync(() => WriteCsvAsync(buildings, hours, csv, areas));
        var lines = File.ReadLines(csv).LongCount() - 1;
        Console.WriteLine($"data: {lines:N0} readings ({count} buildings × 2 meters × {hours} hourly readings from 2024-01-01), {new FileInfo(csv).Length / 1e6:0} MB CSV, generated in {generated.TotalSeconds:0.0} s");

        var pg = await PostgresAsync(server, buildings, csv, areas, runs, keep);
        var sqlite = await SqliteAsync(work, buildings, csv, keep);
        Console.WriteLine();
        Console.WriteLine("figure                                   GreenBuild        anchor            ratio     goal");
        Console.WriteLine($"PostgreSQL ingest (end to end)           {pg.Ingest.TotalSeconds,8:0.0} s        psql \\copy {pg.Copy.TotalSeconds,6:0.0} s   {pg.Copy / pg.Ingest,6:0.00}    ≥ 0.7 (copy time ÷ ingest time)");
        Console.WriteLine($"SQLite ingest (end to end)               {sqlite.Ingest.TotalSeconds,8:0.0} s        .import {sqlite.Import.TotalSeconds,9:0.0} s   {sqlite.Import / sqlite.Ingest,6:0.00}    ≥ 1.0 (import time ÷ ingest time)");
        Console.WriteLine($"province EUI ranking, {count} buildings, p95  {pg.RankingP95,7:0.0} ms       DuckDB {pg.DuckRankingP95,8:0} ms   {pg.DuckRankingP95 / pg.RankingP95,6:0}×    ≥ 10×, p95 < 50 ms");
        Console.WriteLine($"  the same, next {runs} runs (JIT at its final tier) {pg.WarmRankingP95,7:0.0} ms       DuckDB {pg.DuckRankingP95,8:0} ms   {pg.DuckRankingP95 / pg.WarmRankingP95,6:0}×    (p50 {pg.WarmRankingP50:0.0} ms)");
        Console.WriteLine($"one building's monthly breakdown, p95   {pg.MonthlyP95,7:0.0} ms       DuckDB {pg.DuckMonthlyP95,8:0} ms   {pg.DuckMonthlyP95 / pg.MonthlyP95,6:0}×    ≥ 10×, p95 < 50 ms");
        Console.WriteLine($"peak RSS of the PostgreSQL ingest        {pg.PeakKb / 1024.0,8:0} MB       CSV file {new FileInfo(csv).Length / 1e6,6:0} MB                < 300 MB");
        Console.WriteLine($"peak RSS of the SQLite ingest            {sqlite.PeakKb / 1024.0,8:0} MB                                  < 300 MB");
        Console.WriteLine($"(throughput: PostgreSQL {lines / pg.Ingest.TotalSeconds:N0} readings/s, SQLite {lines / sqlite.Ingest.TotalSeconds:N0} readings/s; p50 ranking {pg.RankingP50:0.0} ms, monthly {pg.MonthlyP50:0.0} ms)");
        return 0;
    }

    /// <summary>The child process whose time and peak RSS are measured: the product's own CLI ingest.</summary>
    public static async Task<int> RunIngestChildAsync(string[] args)
    {
        // GREENBUILD_BENCH_MEMTRACE=1: the working set and managed heap every second on stderr, to see what holds memory
        // (a number above 1: every that many milliseconds).
        var interval = int.TryParse(Environment.GetEnvironmentVariable("GREENBUILD_BENCH_MEMTRACE"), CultureInfo.InvariantCulture, out var ms) && ms > 0 ? (ms == 1 ? 1000 : ms) : 0;
        using var trace = interval > 0
            ? new Timer(_ => Console.Error.WriteLine(FormattableString.Invariant(
                $"mem: ws {Environment.WorkingSet >> 20} MB, heap {GC.GetTotalMemory(false) >> 20} MB, committed {GC.GetGCMemoryInfo().TotalCommittedBytes >> 20} MB, allocated {GC.GetTotalAllocatedBytes() >> 20} MB, gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}")),
                null, interval, interval)
            : null;
        // GREENBUILD_BENCH_ALLOCS=1: the runtime's allocation samples (one per ~100 kB) by type, on stderr at the end.
        using var allocations = AllocationSampler.FromEnvironment();
        allocations?.Start();
        var exit = await GreenBuild.Cli.GreenBuildCli.RunAsync(["--db", args[0], "energy", "ingest", args[1]]);
        allocations?.StopAndPrint("the ingest", Console.Error);
        return exit;
    }

    private static List<(SimulatedBuilding Building, string City)> Buildings(int count)
    {
        var random = new Random(6);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var city = $"14{(i % 11) + 1:00}00";
            var area = 2_000 + random.Next(0, 60_000);
            return (new SimulatedBuilding($"{city}{(i / 11) + 1:0000}", area, 3 + (random.NextDouble() * 3), 10 + (random.NextDouble() * 10)), city);
        })];
    }

    private static async Task WriteCsvAsync(List<(SimulatedBuilding Building, string City)> buildings, int hours, string csv, string areas)
    {
        await using (var writer = new StreamWriter(csv, false, new System.Text.UTF8Encoding(false), 1 << 20))
        {
            await writer.WriteLineAsync("meter,time,value,unit");
            var generator = new ReadingsGenerator(2024, TimeSpan.FromHours(1));
            foreach (var r in generator.Generate([.. buildings.Select(b => b.Building)], Start, Start.AddHours(hours)))
            {
                writer.Write(r.MeterCode);
                writer.Write(',');
                writer.Write(r.Reading.TimestampUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(r.Reading.Value.ToString(CultureInfo.InvariantCulture));
                writer.WriteLine(r.EnergyCode == "01000" ? ",kWh" : ",GJ");
            }
        }

        await File.WriteAllLinesAsync(areas, ["code,area", .. buildings.Select(b => $"{b.Building.Code},{b.Building.FloorArea.ToString(CultureInfo.InvariantCulture)}")]);
    }

    private sealed record PostgresFigures(TimeSpan Ingest, TimeSpan Copy, long PeakKb, double RankingP50, double RankingP95, double MonthlyP50, double MonthlyP95,
        double DuckRankingP95, double DuckMonthlyP95, double WarmRankingP50, double WarmRankingP95);

    private static async Task<PostgresFigures> PostgresAsync(string server, List<(SimulatedBuilding Building, string City)> buildings, string csv, string areas, int runs, bool keep)
    {
        var name = $"gb_bench_{Guid.NewGuid():N}";
        await Execute(server, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await using var app = await App(cs, buildings);
        var b = new NpgsqlConnectionStringBuilder(cs);
        await Execute(cs, "CREATE TABLE bare_readings (meter text, time timestamptz, value numeric, unit text)");
        var copy = await Measure.RunAsync("psql", $"host={b.Host} port={b.Port} user={b.Username} dbname={name}", "-v", "ON_ERROR_STOP=1", "-c",
            $"\\copy bare_readings FROM '{csv}' WITH (FORMAT csv, HEADER true)");
        Console.WriteLine($"PostgreSQL: psql \\copy into a bare table: {copy.Elapsed.TotalSeconds:0.0} s (exit {copy.Exit}) {copy.Output.Trim()}");
        var ingest = await Child(cs, csv);
        Console.WriteLine($"PostgreSQL: greenbuild energy ingest: {ingest.Elapsed.TotalSeconds:0.0} s, peak RSS {ingest.PeakKb / 1024} MB (exit {ingest.Exit}) {ingest.Output.Trim()}");

        await using var scope = app.Services.CreateAsyncScope();
        var ranking = scope.ServiceProvider.GetRequiredService<ReadRanking>();
        var read = scope.ServiceProvider.GetRequiredService<ReadBuilding>();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var rankingTimes = await Measure.RepeatAsync(runs, async () =>
        {
            if ((await ranking.RunAsync(Province, 2024, null, null)).Count != buildings.Count)
            {
                throw new InvalidOperationException("the ranking misses buildings");
            }
        });
        Console.WriteLine($"PostgreSQL: ranking, first {runs} runs: slowest {Measure.Slowest(rankingTimes, 4)}; GCs during them (gen 0/1/2) " +
            $"{GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}");
        // The same number of runs again, once the first series has let the JIT compile the path at its final tier (a
        // running server is in this state; the first series also measures the tiering of the ranking's code).
        var warmRankingTimes = await Measure.RepeatAsync(runs, async () => _ = await ranking.RunAsync(Province, 2024, null, null));
        var code = buildings[buildings.Count / 2].Building.Code;
        var monthlyTimes = await Measure.RepeatAsync(runs, async () => _ = await read.MonthlyAsync(Province, code, 2024) ?? throw new InvalidOperationException("no building"));
        var sample = (await ranking.RunAsync(Province, 2024, null, null))[0];
        Console.WriteLine($"PostgreSQL: ranking first {sample.Code} {sample.EuiKwh} kWh/(m²·a) {sample.EuiKgce} kgce/(m²·a); p95 {Measure.Percentile(rankingTimes, 95):0.0} ms (next {runs} runs: p50 {Measure.Percentile(warmRankingTimes, 50):0.0} ms, p95 {Measure.Percentile(warmRankingTimes, 95):0.0} ms); monthly of {code} p95 {Measure.Percentile(monthlyTimes, 95):0.0} ms");

        var (duckRanking, duckMonthly) = await DuckAsync(csv, areas, code, Math.Max(3, runs / 10));
        if (keep)
        {
            Console.WriteLine($"PostgreSQL: database {name} kept (--keep)");
        }
        else
        {
            await Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        return new PostgresFigures(ingest.Elapsed, copy.Elapsed, ingest.PeakKb, Measure.Percentile(rankingTimes, 50), Measure.Percentile(rankingTimes, 95),
            Measure.Percentile(monthlyTimes, 50), Measure.Percentile(monthlyTimes, 95), Measure.Percentile(duckRanking, 95), Measure.Percentile(duckMonthly, 95),
            Measure.Percentile(warmRankingTimes, 50), Measure.Percentile(warmRankingTimes, 95));
    }

    private static async Task<(TimeSpan Ingest, TimeSpan Import, long PeakKb)> SqliteAsync(string work, List<(SimulatedBuilding Building, string City)> buildings, string csv, bool keep)
    {
        var file = Path.Combine(work, $"bench-{Guid.NewGuid():N}.db");
        var bare = Path.Combine(work, $"bare-{Guid.NewGuid():N}.db");
        var cs = $"Data Source={file}";
        await using (var app = await App(cs, buildings))
        {
        }

        if (keep)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var copy = Path.Combine(work, "sqlite-before-ingest.db");
            File.Copy(file, copy, overwrite: true);
            Console.WriteLine($"SQLite: the database before the ingest kept as {copy} (--keep)");
        }

        var import = await Measure.RunAsync("sqlite3", bare, "CREATE TABLE bare_readings (meter TEXT, time TEXT, value REAL, unit TEXT);", ".mode csv", $".import --skip 1 {csv} bare_readings");
        Console.WriteLine($"SQLite: sqlite3 .import into a bare table: {import.Elapsed.TotalSeconds:0.0} s (exit {import.Exit}) {import.Output.Trim()}");
        var ingest = await Child(cs, csv);
        Console.WriteLine($"SQLite: greenbuild energy ingest: {ingest.Elapsed.TotalSeconds:0.0} s, peak RSS {ingest.PeakKb / 1024} MB (exit {ingest.Exit}) {ingest.Output.Trim()}");
        foreach (var f in new[] { file, bare, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }

        return (ingest.Elapsed, import.Elapsed, ingest.PeakKb);
    }

    /// <summary>This program again (through dotnet, or its apphost under dotnet run), as the measured child.</summary>
    private static Task<(TimeSpan Elapsed, int Exit, long PeakKb, string Output)> Child(string cs, string csv) =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet"
            ? Measure.RunAsync(Environment.ProcessPath!, typeof(EnergyBenchmark).Assembly.Location, IngestChild, cs, csv)
            : Measure.RunAsync(Environment.ProcessPath!, IngestChild, cs, csv);

    /// <summary>The application on a fresh database with the bench's buildings and meters (not timed).</summary>
    private static async Task<Microsoft.AspNetCore.Builder.WebApplication> App(string cs, List<(SimulatedBuilding Building, string City)> buildings)
    {
        var builder = GreenBuildHost.CreateBuilder([$"--ConnectionStrings:GreenBuild={cs}", "--GREENBUILD_DB="]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = GreenBuildHost.Build(builder);
        await GreenBuildHost.InitializeAsync(app.Services, seedDemoIfEmpty: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var now = DateTime.UtcNow;
        foreach (var (b, city) in buildings)
        {
            var building = new MonitoredBuilding
            {
                Code = b.Code, Name = "基准建筑 " + b.Code, CityCode = city, BuildingType = PublicBuildingType.GovernmentOffice, OperationClass = OperationClass.A,
                ClimateZone = ClimateZone.Cold, FloorArea = b.FloorArea, CreatedAtUtc = now,
            };
            db.Add(building);
            db.Add(new Meter { Code = b.Code + "-E", BuildingId = building.Id, Name = "总电表", ItemCode = "01000", Unit = "kWh", Kind = ReadingKind.Cumulative, IntervalMinutes = 60 });
            db.Add(new Meter { Code = b.Code + "-H", BuildingId = building.Id, Name = "热量表", ItemCode = "04000", Unit = "GJ", Kind = ReadingKind.Cumulative, IntervalMinutes = 60 });
        }

        await db.SaveChangesAsync();
        return app;
    }

    private static async Task<(double[] Ranking, double[] Monthly)> DuckAsync(string csv, string areas, string code, int runs)
    {
        await using var duck = new DuckDBConnection("Data Source=:memory:");
        await duck.OpenAsync();
        var source = $"read_csv('{csv}', header = true, columns = {{'meter': 'VARCHAR', 'time': 'VARCHAR', 'value': 'DECIMAL(18,3)', 'unit': 'VARCHAR'}})";
        var ranking = $"""
            WITH e AS (SELECT meter, arg_max(value, time) - arg_min(value, time) AS kwh FROM {source} WHERE meter LIKE '%-E' GROUP BY meter)
            SELECT b.code, e.kwh / b.area AS eui, rank() OVER (ORDER BY e.kwh / b.area DESC) AS r
            FROM e JOIN read_csv('{areas}', header = true) b ON e.meter = CAST(b.code AS VARCHAR) || '-E' ORDER BY eui DESC
            """;
        var monthly = $"""
            SELECT meter, month(t) AS m, sum(d) FROM (
              SELECT meter, CAST(replace(time, 'Z', '') AS TIMESTAMP) + INTERVAL 8 HOUR AS t, value - lag(value) OVER (PARTITION BY meter ORDER BY time) AS d
              FROM {source} WHERE meter LIKE '{code}-%') GROUP BY ALL ORDER BY ALL
            """;
        async Task Query(string sql)
        {
            await using var command = duck.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }

        var r = await Measure.RepeatAsync(runs, () => Query(ranking));
        var m = await Measure.RepeatAsync(runs, () => Query(monthly));
        Console.WriteLine($"DuckDB {DuckDBConnectionStringBuilder.InMemoryConnectionString}: ranking on the raw CSV p95 {Measure.Percentile(r, 95):0} ms, monthly p95 {Measure.Percentile(m, 95):0} ms ({runs} runs each)");
        return (r, m);
    }

    private static async Task Execute(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
