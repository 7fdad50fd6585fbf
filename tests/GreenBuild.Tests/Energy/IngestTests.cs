using GreenBuild.Energy.Demo;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Readings;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Energy;

/// <summary>Ingest on the real databases: idempotent, order-independent, late data, cumulative registers, each flag, roll-ups equal to raw.</summary>
public abstract class IngestTests(GreenBuildApp app)
{
    private static readonly DateTime From = new(2026, 1, 4, 16, 0, 0, DateTimeKind.Utc); // 5 January 00:00 Beijing time

    private static List<(string Suffix, DateTime Utc, decimal Value)> Demo(int seed, int days) =>
        [.. new ReadingsGenerator(seed, TimeSpan.FromHours(1), faultRate: 0.01).Generate([new SimulatedBuilding("X", 8_000)], From, From.AddDays(days))
            .Select(r => (r.MeterCode[1..], r.Reading.TimestampUtc, r.Reading.Value))];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Shuffled_duplicated_and_resent_batches_give_the_same_state_as_one_ordered_batch(int seed)
    {
        var readings = Demo(seed, 6);
        var ordered = await EnergyFixture.BuildingAsync(app);
        var shuffled = await EnergyFixture.BuildingAsync(app);
        var once = await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(readings.Select(r => (ordered + r.Suffix, r.Utc, r.Value))));
        Assert.True(once.Committed);
        Assert.Equal(readings.Count, once.Stored);

        var random = new Random(seed);
        var mixed = readings.Concat(readings.Where(_ => random.NextDouble() < 0.3)).OrderBy(_ => random.Next()).ToList();
        var batches = mixed.Chunk(random.Next(20, 120)).ToList();
        foreach (var batch in batches.Append(batches[0]))
        {
            var report = await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(batch.Select(r => (shuffled + r.Suffix, r.Utc, r.Value))));
            Assert.True(report.Committed);
            Assert.Empty(report.Errors);
        }

        Assert.Equal(await EnergyFixture.StateAsync(app, ordered), await EnergyFixture.StateAsync(app, shuffled));
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }

    [Fact]
    public async Task A_second_batch_for_many_meters_that_already_hold_readings_gives_the_state_of_one_batch_of_all()
    {
        // 24 buildings (48 meters), each stored up to another hour: none yet (cut 0), a first day with one reading, a
        // latest day with a few readings after a full one, and — with a gap of 19 hours the day before — a latest day
        // whose day before is short too, so priming goes back two days. The second batch continues every meter at once
        // (and resends a few stored readings); each meter must end as if all its readings had come in one batch.
        var pairs = new List<(string Once, string Split, List<(string Suffix, DateTime Utc, decimal Value)> Readings)>();
        var first = new List<(string Meter, DateTime Utc, decimal Value)>();
        var second = new List<(string Meter, DateTime Utc, decimal Value)>();
        for (var i = 0; i < 24; i++)
        {
            var readings = Demo(100 + i, 4);
            if (i % 2 == 1)
            {
                readings = [.. readings.Where(r => (r.Utc - From).TotalHours is not (>= 26 and <= 44))];
            }

            var cut = i == 0 ? 0 : (i * 4) - 3;
            var (once, split) = (await EnergyFixture.BuildingAsync(app), await EnergyFixture.BuildingAsync(app));
            pairs.Add((once, split, readings));
            var stored = readings.Where(r => (r.Utc - From).TotalHours < cut).ToList();
            first.AddRange(stored.Select(r => (split + r.Suffix, r.Utc, r.Value)));
            second.AddRange(readings.Except(stored).Concat(stored.TakeLast(3)).Select(r => (split + r.Suffix, r.Utc, r.Value)));
        }

        foreach (var (once, _, readings) in pairs)
        {
            Assert.True((await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(readings.Select(r => (once + r.Suffix, r.Utc, r.Value))))).Committed);
        }

        var before = await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(first));
        Assert.True(before.Committed);
        Assert.Equal(first.Count, before.Stored);
        var after = await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(second));
        Assert.True(after.Committed);
        Assert.Empty(after.Errors);
        Assert.Equal(pairs.Sum(p => p.Readings.Count) - first.Count, after.Stored);
        Assert.Equal(second.Count - after.Stored, after.Duplicates);
        foreach (var (once, split, _) in pairs)
        {
            var expected = await EnergyFixture.StateAsync(app, once);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await EnergyFixture.StateAsync(app, split));
        }

        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }

    [Fact]
    public async Task Readings_fed_in_chunks_grouped_by_meter_give_the_state_counts_and_errors_of_one_reading_at_a_time()
    {
        // The engine feeds valid readings in chunks, meter by meter. A chunk of 1 is one reading at a time in the order of
        // the lines; chunks of 5 and 64 cut the same batches between late, repeated and conflicting readings of one meter,
        // and the default chunk holds each batch whole. All must store the same rows and report the same lines alike.
        var random = new Random(61);
        var buildings = Enumerable.Range(0, 3).Select(i => Demo(200 + i, 4)).ToList();
        var lines = new List<(int Building, string Suffix, DateTime Utc, string Value)>();
        foreach (var (readings, b) in buildings.Select((r, b) => (r, b)))
        {
            lines.AddRange(readings.Select(r => (b, r.Suffix, r.Utc, r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        lines = [.. lines.OrderBy(l => l.Utc).ThenBy(l => l.Building).ThenBy(l => l.Suffix)];
        for (var i = 0; i < lines.Count; i++)
        {
            // Some readings come late (up to a day and a half), some twice, a few again with another value.
            if (random.NextDouble() < 0.08)
            {
                var to = Math.Min(lines.Count - 1, i + random.Next(1, 220));
                (lines[i], lines[to]) = (lines[to], lines[i]);
            }
        }

        var sent = new List<(int Building, string Suffix, DateTime Utc, string Value)>();
        foreach (var line in lines)
        {
            sent.Add(line);
            var roll = random.NextDouble();
            if (roll < 0.05)
            {
                sent.Add(line);
            }
            else if (roll < 0.065)
            {
                sent.Insert(random.Next(sent.Count), line with { Value = line.Value + "1" });
            }
        }

        var cut = sent.Count * 4 / 5;
        var batches = new[] { sent[..cut], [.. sent[cut..], .. sent.Where((_, i) => i % 9 == 0)] };
        (IngestReport Report, List<string> Errors, List<List<string>> State)? reference = null;
        foreach (var chunk in new[] { 1, 5, 64, IngestEngine.ChunkReadings })
        {
            var codes = new List<string>();
            for (var b = 0; b < buildings.Count; b++)
            {
                codes.Add(await EnergyFixture.BuildingAsync(app));
            }

            var reports = new List<IngestReport>();
            foreach (var batch in batches)
            {
                var csv = new System.Text.StringBuilder("meter,time,value\n");
                foreach (var (b, suffix, utc, value) in batch)
                {
                    csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{codes[b]}{suffix},{utc:yyyy-MM-ddTHH:mm:ss}Z,{value}\n");
                }

                // Two lines the reader refuses before the engine sees them, between the readings.
                csv.Insert(csv.ToString().IndexOf('\n', csv.Length / 2) + 1, $"{codes[0]}-E,2026-01-05 07:00,1\nNOPE-E,2026-01-05T07:00:00Z,1\n");
                reports.Add(await IngestInChunksAsync(csv.ToString(), chunk));
            }

            var errors = reports.SelectMany((r, n) => r.Errors.Select(e =>
                $"{n} {e.Line} {e.Code} {e.Column} {codes.Select((c, b) => (c, b)).Aggregate(string.Join("|", e.Arguments), (text, x) => text.Replace(x.c, $"B{x.b}", StringComparison.Ordinal))}")).ToList();
            var state = new List<List<string>>();
            foreach (var code in codes)
            {
                state.Add(await EnergyFixture.StateAsync(app, code));
            }

            Assert.All(reports, r => Assert.True(r.Committed));
            if (reference is not { } expected)
            {
                reference = (reports[0], errors, state);
                Assert.Contains(errors, e => e.Contains("energy.conflict.batch", StringComparison.Ordinal));
                Assert.Contains(errors, e => e.Contains("energy.meter.unknown", StringComparison.Ordinal));
                Assert.True(reports[1].Duplicates > 0);
                continue;
            }

            Assert.Equal(
                (expected.Report.Stored, expected.Report.Duplicates, expected.Report.Conflicts, expected.Report.Rejected, expected.Report.DaysWritten),
                (reports[0].Stored, reports[0].Duplicates, reports[0].Conflicts, reports[0].Rejected, reports[0].DaysWritten));
            Assert.Equal(expected.Errors, errors);
            for (var b = 0; b < codes.Count; b++)
            {
                Assert.NotEmpty(state[b]);
                Assert.Equal(expected.State[b], state[b]);
            }
        }

        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }

    private async Task<IngestReport> IngestInChunksAsync(string csv, int chunk)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var ingest = new IngestReadings(scope.ServiceProvider.GetRequiredService<GreenBuild.Platform.Database.GreenBuildDb>(), scope.ServiceProvider.GetRequiredService<TimeProvider>())
        {
            ChunkReadings = chunk,
        };
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        return await ingest.RunAsync(stream, ReadingFormat.Csv, "test", new IngestCaller(EnergyFixture.Province, null), false, 1_000_000, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Late_readings_update_the_days_they_touch_and_the_rollups_equal_a_recomputation_from_raw()
    {
        var readings = Demo(9, 4);
        var complete = await EnergyFixture.BuildingAsync(app);
        var late = await EnergyFixture.BuildingAsync(app);
        await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(readings.Select(r => (complete + r.Suffix, r.Utc, r.Value))));
        var missing = readings.Where(r => r.Utc.Day == 6 && r.Utc.Hour is >= 3 and < 9).ToList();
        await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(readings.Except(missing).Select(r => (late + r.Suffix, r.Utc, r.Value))));
        Assert.NotEqual(await EnergyFixture.StateAsync(app, complete), await EnergyFixture.StateAsync(app, late));

        var report = await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(missing.Select(r => (late + r.Suffix, r.Utc, r.Value))));
        Assert.Equal(missing.Count, report.Stored);
        Assert.InRange(report.DaysWritten, 2, 2 * 2); // the day(s) the late readings fall in, for each of the two meters — not all four days
        Assert.Equal(await EnergyFixture.StateAsync(app, complete), await EnergyFixture.StateAsync(app, late));
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }

    [Fact]
    public async Task A_cumulative_register_is_differenced_across_rollover_and_a_documented_replacement()
    {
        var b = await EnergyFixture.BuildingAsync(app, meters: ("-E", "01000", "kWh", ReadingKind.Cumulative, 5, null));
        var t = From.AddHours(1); // all four readings end intervals of 5 January
        await EnergyFixture.IngestAsync(app, EnergyFixture.Csv([(b + "-E", t, 99_990m), (b + "-E", t.AddHours(1), 99_995m), (b + "-E", t.AddHours(2), 4m)]));
        var meterId = await EnergyFixture.WithDb(app, db => db.Set<Meter>().Where(m => m.Code == b + "-E").Select(m => m.Id).SingleAsync());
        await EnergyFixture.WithDb(app, async db =>
        {
            db.Add(new MeterReplacementRecord { MeterId = meterId, AtUtc = t.AddHours(3).AddMinutes(-20), OldFinal = 10, NewInitial = 0 });
            return await db.SaveChangesAsync();
        });
        var report = await EnergyFixture.IngestAsync(app, EnergyFixture.Csv([(b + "-E", t.AddHours(3), 2m)]));
        Assert.Equal(1, report.Stored);

        var day = await EnergyFixture.WithDb(app, db => db.Set<MeterDay>().SingleAsync(d => d.MeterId == meterId));
        var entries = DayEntries.Decode(day.Day, day.Entries);
        Assert.Equal([0L, 5_000, 9_000, 8_000], entries.Select(e => e.Energy)); // baseline, 5, rollover 99995→4 = 9, (10−4)+(2−0) = 8
        Assert.True(entries[2].Quality.HasFlag(QualityFlag.Rollover));
        Assert.Equal(QualityFlag.Replacement, entries[3].Quality);
        Assert.Equal(22_000, day.EnergyMilli);
    }

    [Fact]
    public async Task Each_quality_flag_is_stored_with_its_value_and_flagged_values_are_kept_but_excluded_by_the_rule()
    {
        var b = await EnergyFixture.BuildingAsync(app, meters: ("-E", "01000", "kWh", ReadingKind.Cumulative, 6, null));
        var t = From;
        var readings = new List<(string, DateTime, decimal)>();
        decimal register = 1000;
        for (var h = 0; h < 10; h++)
        {
            readings.Add((b + "-E", t.AddHours(h), register += 10));
        }

        readings.Add((b + "-E", t.AddHours(10), register += 500));         // spike: 500 vs a median of 10
        readings.Add((b + "-E", t.AddHours(11), register -= 50));          // negative
        readings.Add((b + "-E", t.AddHours(13), register += 20));          // gap (12:00 missing)
        readings.Add((b + "-E", t.AddHours(14).AddMinutes(7), register += 10)); // clock skew (off the hour)
        for (var h = 15; h < 24; h++)
        {
            readings.Add((b + "-E", t.AddHours(h), register));              // flat line from the 8th still reading on
        }

        readings.Add((b + "-E", t.AddHours(24), 999_990m));                  // a huge jump: a spike, not a rollover
        readings.Add((b + "-E", t.AddHours(25), 5m));                        // rollover of the 6-digit register
        var report = await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(readings));
        Assert.Equal(readings.Count, report.Stored);

        var days = await EnergyFixture.WithDb(app, db => db.Set<MeterDay>().Where(d => db.Set<Meter>().Any(m => m.Id == d.MeterId && m.Code == b + "-E")).OrderBy(d => d.Day).ToListAsync());
        var entries = days.SelectMany(d => DayEntries.Decode(d.Day, d.Entries)).ToList();
        QualityFlag At(int hour) => entries.Single(e => new DateTime(e.Ticks) >= t.AddHours(hour) && new DateTime(e.Ticks) < t.AddHours(hour + 1)).Quality;
        Assert.True(At(10).HasFlag(QualityFlag.Spike));
        Assert.True(At(11).HasFlag(QualityFlag.Negative));
        Assert.True(At(13).HasFlag(QualityFlag.Gap));
        Assert.True(At(14).HasFlag(QualityFlag.ClockSkew));
        Assert.True(At(23).HasFlag(QualityFlag.FlatLine));
        Assert.True(At(25).HasFlag(QualityFlag.Rollover));
        Assert.Equal(readings.Count, entries.Count);
        var counted = entries.Where(e => !e.IsBaseline && QualityRule.CountsInRollups(e.Quality)).Sum(e => e.Energy);
        Assert.Equal(counted, days.Sum(d => d.EnergyMilli));
        Assert.True(At(24).HasFlag(QualityFlag.Spike));
        Assert.Equal(4, days.Sum(d => d.Excluded)); // the two spikes, the negative and the clock-skewed value
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }

    [Fact]
    public async Task Bad_lines_are_refused_with_chinese_reasons_and_the_rest_is_stored_once()
    {
        var b = await EnergyFixture.BuildingAsync(app);
        var csv = $"""
            meter,time,value,unit
            {b}-E,2026-01-05T00:00:00+08:00,100,kWh
            {b}-E,2026-01-05T01:00:00+08:00,101.5,kWh
            {b}-E,2026-01-05T02:00:00,103,kWh
            {b}-E,2027-01-05T02:00:00Z,103,kWh
            NOPE-E,2026-01-05T02:00:00Z,103,kWh
            {b}-E,2026-01-05T03:00:00+08:00,104,GJ
            {b}-E,2026-01-05T04:00:00+08:00,abc,kWh
            {b}-E,2026-01-05T05:00:00+08:00
            {b}-E,2026-01-05T01:00:00+08:00,999,kWh
            {b}-E,2026-01-05T06:00:00+08:00,106.1234,kWh
            """;
        var report = await EnergyFixture.IngestAsync(app, csv);
        Assert.True(report.Committed);
        Assert.Equal(1, report.Stored); // line 2; line 3 conflicts with line 10 inside the batch, so neither is stored
        Assert.Equal(
            [(3, "energy.conflict.batch"), (4, "energy.time.zone"), (5, "energy.time.future"), (6, "energy.meter.unknown"), (7, "energy.unit"),
             (8, "energy.value"), (9, "energy.line.malformed"), (10, "energy.conflict.batch"), (11, "energy.value")],
            report.Errors.OrderBy(e => e.Line).Select(e => (e.Line, e.Code)));

        var again = await EnergyFixture.IngestAsync(app, $"meter,time,value\n{b}-E,2026-01-05T00:00:00+08:00,100\n{b}-E,2026-01-05T01:00:00+08:00,777");
        Assert.Equal(1, again.Stored); // 01:00 was never stored (both lines of the conflict were refused), so it is new now
        Assert.Equal(1, again.Duplicates);
        var third = await EnergyFixture.IngestAsync(app, $"meter,time,value\n{b}-E,2026-01-05T00:00:00+08:00,100.5");
        Assert.Empty(again.Errors);
        Assert.Equal("energy.conflict.stored", Assert.Single(third.Errors).Code);
        Assert.Equal(0, third.Stored);
    }

    [Fact]
    public async Task A_csv_with_a_bom_crlf_quoted_fields_a_huge_line_and_bytes_that_are_not_utf8_is_read_line_by_line()
    {
        var b = await EnergyFixture.BuildingAsync(app);
        var text = string.Join("\r\n",
            "meter,time,value,unit",
            $"\"{b}-E\",\"2026-01-05T00:00:00+08:00\",\"100\",kWh",
            $"{b}-E,2026-01-05T01:00:00+08:00,101,kWh",
            $"{b}-E,2026-01-05T02:00:00+08:00,{new string('7', 100_000)},kWh",
            $"{b}-\u0001E,2026-01-05T03:00:00+08:00,103,kWh",
            $"\"{b}-E,x\",2026-01-05T03:00:00+08:00,103,kWh",
            $"{b}-E,2026-01-05T04:00:00+08:00,\"10\"\"4\",kWh",
            $"{b}-E,2026-01-05T05:00:00+08:00,105,kWh") + "\r\n";
        var bytes = new List<byte>([0xEF, 0xBB, 0xBF]);
        bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(text));
        var bad = bytes.IndexOf(0x01);
        bytes[bad] = 0xFF; // line 5: a byte that is not UTF-8 inside the meter code

        await using var scope = app.Services.CreateAsyncScope();
        using var stream = new MemoryStream([.. bytes]);
        var report = await scope.ServiceProvider.GetRequiredService<IngestReadings>().RunAsync(stream, ReadingFormat.Csv, "test",
            new IngestCaller(EnergyFixture.Province, null), false, 1_000_000, TestContext.Current.CancellationToken);

        Assert.True(report.Committed);
        Assert.Equal(7, report.Lines); // 7 data lines after the header: the BOM is not part of the first column's name
        Assert.Equal(3, report.Stored); // lines 2 (quoted), 3 and 8
        Assert.Equal([(4, "energy.value", "value"), (5, "energy.meter.unknown", "meter"), (6, "energy.meter.unknown", "meter"), (7, "energy.value", "value")],
            report.Errors.OrderBy(e => e.Line).Select(e => (e.Line, e.Code, e.Column)));
        var huge = (string)report.Errors.Single(e => e.Line == 4).Arguments[0];
        Assert.Equal(new string('7', 40) + "…", huge); // a huge field is clipped in the message
        Assert.Equal($"{b}-\uFFFDE", (string)report.Errors.Single(e => e.Line == 5).Arguments[0]); // decoded as U+FFFD, named as sent
        Assert.Equal($"{b}-E,x", (string)report.Errors.Single(e => e.Line == 6).Arguments[0]); // the quoted comma is part of the field
        Assert.Equal("10\"4", (string)report.Errors.Single(e => e.Line == 7).Arguments[0]); // a doubled quote is one quote

        // A line longer than the reader takes refuses the batch, naming the line; nothing of it is stored.
        var tooLong = await EnergyFixture.IngestAsync(app,
            $"meter,time,value\n{b}-E,2026-01-05T06:00:00+08:00,106\n{b}-E,2026-01-05T07:00:00+08:00,{new string('7', CsvReadingSource.MaxLineChars + 10)}\n{b}-E,2026-01-05T08:00:00+08:00,108\n");
        Assert.False(tooLong.Committed);
        Assert.Equal(0, tooLong.Stored);
        Assert.Equal(("energy.csv.line_too_long", "error.energy.line_too_long"), (tooLong.Refusal!.Value.Code, tooLong.Refusal.Value.MessageKey));
        Assert.Equal(3, tooLong.Refusal.Value.Arguments[0]);
        Assert.Equal(1, (await EnergyFixture.IngestAsync(app, $"meter,time,value\n{b}-E,2026-01-05T06:00:00+08:00,106")).Stored); // 06:00 was not stored before
    }

    [Fact]
    public async Task A_strict_batch_with_one_bad_line_stores_nothing_and_its_record_says_so()
    {
        var b = await EnergyFixture.BuildingAsync(app);
        var report = await EnergyFixture.IngestAsync(app, $"meter,time,value\n{b}-E,2026-01-05T00:00:00+08:00,100\n{b}-E,2026-01-05T01:00:00,101", strict: true);
        Assert.False(report.Committed);
        Assert.Equal(0, report.Stored);
        Assert.Equal(0, await EnergyFixture.WithDb(app, db => db.Set<MeterDay>().CountAsync(d => db.Set<Meter>().Any(m => m.Id == d.MeterId && m.BuildingId == db.Set<MonitoredBuilding>().Single(x => x.Code == b).Id))));
        var batch = await EnergyFixture.WithDb(app, db => db.Set<IngestBatch>().SingleAsync(x => x.Id == report.BatchId));
        Assert.False(batch.Committed);
        Assert.True(await EnergyFixture.WithDb(app, db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(IngestBatch) && a.EntityKey == report.BatchId.ToString())));
    }

    [Fact]
    public async Task The_cli_ingests_a_file_on_its_lean_host_with_the_same_state_as_the_service_and_audits_the_operator()
    {
        var readings = Demo(5, 3);
        var byService = await EnergyFixture.BuildingAsync(app);
        var byCli = await EnergyFixture.BuildingAsync(app);
        Assert.True((await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(readings.Select(r => (byService + r.Suffix, r.Utc, r.Value))))).Committed);
        var file = Path.Combine(Path.GetTempPath(), $"greenbuild-cli-ingest-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, EnergyFixture.Csv(readings.Select(r => (byCli + r.Suffix, r.Utc, r.Value))), TestContext.Current.CancellationToken);
        async Task<(int Code, string Output, string Error)> Cli(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await GreenBuild.Cli.GreenBuildCli.RunAsync([.. args, "--db", app.ConnectionString], output, error);
            return (code, output.ToString(), error.ToString());
        }

        try
        {
            var unknown = await Cli("energy", "ingest", file, "--collector", "没有这个采集器");
            Assert.Equal(GreenBuild.Cli.ExitCodes.BadArguments, unknown.Code);
            Assert.Contains("没有这个采集器", unknown.Error, StringComparison.Ordinal);

            var done = await Cli("energy", "ingest", file);
            Assert.Equal(GreenBuild.Cli.ExitCodes.Ok, done.Code);
            Assert.Contains($"保存 {readings.Count}，", done.Output, StringComparison.Ordinal);
            var again = await Cli("energy", "ingest", file);
            Assert.Equal(GreenBuild.Cli.ExitCodes.Ok, again.Code);
            Assert.Contains($"保存 0，重复 {readings.Count}，", again.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal(await EnergyFixture.StateAsync(app, byService), await EnergyFixture.StateAsync(app, byCli));
        var source = "file:" + Path.GetFileName(file);
        var ids = await EnergyFixture.WithDb(app, db => db.Set<IngestBatch>().Where(x => x.Source == source).Select(x => x.Id).ToListAsync());
        Assert.Equal(2, ids.Count);
        var batches = ids.Select(id => id.ToString()).ToList();
        var actors = await EnergyFixture.WithDb(app, db => db.AuditEntries.Where(a => a.EntityType == nameof(IngestBatch) && batches.Contains(a.EntityKey)).Select(a => a.ActorId).ToListAsync());
        Assert.Equal(2, actors.Count);
        Assert.All(actors, a => Assert.StartsWith("cli:", a, StringComparison.Ordinal));
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }
}

public sealed class IngestTestsOnSqlite(SqliteApp app) : IngestTests(app), IClassFixture<SqliteApp>;

public sealed class IngestTestsOnPostgres(PostgresApp app) : IngestTests(app), IClassFixture<PostgresApp>;
