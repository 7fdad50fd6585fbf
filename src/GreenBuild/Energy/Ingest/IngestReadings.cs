using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Ingest;

/// <summary>The formats a batch can come in.</summary>
public enum ReadingFormat
{
    Csv,
    Json,
    Excel,
}

/// <summary>Who sends a batch: a collector's key (only its meters), or an official within its scope.</summary>
public sealed record IngestCaller(DataScope Scope, Guid? CollectorId, string? SubmittedBy = null);

/// <summary>What happened to a batch. <see cref="Errors"/> holds the first <see cref="IngestReadings.MaxReportedErrors"/> errors; the counts are complete.</summary>
public sealed record IngestReport(
    Guid BatchId, bool Committed, int Lines, int Stored, int Duplicates, int Conflicts, int Rejected, int DaysWritten,
    IReadOnlyList<LineError> Errors, (string Code, string MessageKey, object[] Arguments)? Refusal, double Seconds)
{
    /// <summary>Where the time went: catalog and preparation, writing meter-days, roll-ups, the batch record and commit.</summary>
    public string Timings { get; init; } = "";
}

/// <summary>
/// 数据接收 — ingests one batch of readings, atomically: the valid lines are stored in one transaction together with
/// the batch's record (and so its audit entry); refused lines are reported with their line number and reason.
/// A strict batch, a batch over the size limit or an unreadable one stores nothing. Batches take the ingest lock,
/// so two batches never interleave.
/// </summary>
public sealed class IngestReadings(GreenBuildDb db, TimeProvider clock)
{
    public const int MaxReportedErrors = 1000;

    /// <summary>A batch writing this many meter-days refreshes the planner's statistics (PostgreSQL) after it commits.</summary>
    private const int LargeBatchDays = 20_000;

    /// <summary>How many valid readings are fed to the engine at a time, grouped by meter (smaller in tests, to cross chunks).</summary>
    internal int ChunkReadings { get; init; } = IngestEngine.ChunkReadings;

    public async Task<IngestReport> RunAsync(Stream content, ReadingFormat format, string source, IngestCaller caller, bool strict, int maxLines,
        CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        using var hashing = new HashingStream(content);
        var errors = new List<LineError>();
        var errorCount = 0;
        var errorLines = new HashSet<int>();
        void Report(LineError e)
        {
            errorLines.Add(e.Line);
            errorCount++;
            if (errors.Count < MaxReportedErrors)
            {
                errors.Add(e);
            }
        }

        var catalogTime = watch.Elapsed;
        var meters = await MeterCatalog.LoadAsync(db, caller.Scope, caller.CollectorId, null, cancellationToken);
        catalogTime = watch.Elapsed - catalogTime;

        var (transaction, bulk) = await IngestTransaction.BeginAsync(db, cancellationToken);
        await using var _ = transaction;
        var pool = new BlobPool();
        var store = new PipelinedDayStore(bulk, pool);
        var engine = new IngestEngine(store, meters, Report, pool, ChunkReadings);
        var sink = new IngestSink(engine, clock.GetUtcNow().UtcTicks, maxLines, Report);
        bool refused;
        try
        {
            await engine.PrepareAsync(cancellationToken);
            switch (format)
            {
                case ReadingFormat.Csv:
                    using (var text = new StreamReader(hashing, System.Text.Encoding.UTF8, true, 1 << 16, leaveOpen: true))
                    {
                        await CsvReadingSource.ReadAsync(text, sink, cancellationToken);
                    }

                    break;
                case ReadingFormat.Json:
                    await JsonReadingSource.ReadAsync(hashing, sink, cancellationToken);
                    break;
                default:
                    await ExcelReadingSource.ReadAsync(await Buffered(hashing, cancellationToken), sink, cancellationToken);
                    break;
            }

            await hashing.DrainAsync(cancellationToken);
            refused = sink.Refusal is not null || (strict && errorCount > 0);
            if (!refused)
            {
                await engine.CompleteAsync(cancellationToken);
            }
            else
            {
                await store.SettleAsync();
                await transaction.RollbackAsync(cancellationToken);
            }
        }
        catch (Exception)
        {
            // A write may still be in flight on the connection: let it end before the transaction is disposed.
            await store.AbandonAsync();
            throw;
        }

        await NameForbiddenMetersAsync(sink.UnknownMeters, errors, cancellationToken);
        var finishing = watch.Elapsed;
        var batch = new IngestBatch
        {
            ReceivedAtUtc = clock.GetUtcNow().UtcDateTime, CollectorId = caller.CollectorId, SubmittedBy = caller.SubmittedBy, Source = Clip(source, 300), ContentSha256 = hashing.Hash(),
            Lines = sink.Lines, Stored = refused ? 0 : engine.Stored, Duplicates = engine.Duplicates, Conflicts = engine.Conflicts,
            Rejected = refused ? sink.Lines : errorLines.Count, DaysWritten = refused ? 0 : engine.DaysWritten, Strict = strict, Committed = !refused,
            ErrorsJson = JsonSerializer.Serialize(errors.Take(200).Select(e => new { e.Line, e.Code, Arguments = e.Arguments.Select(a => a.ToString()) })),
            Seconds = Math.Round(watch.Elapsed.TotalSeconds, 3),
        };
        db.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        if (!refused)
        {
            await transaction.CommitAsync(cancellationToken);
            if (engine.DaysWritten >= LargeBatchDays && db.Database.IsNpgsql())
            {
                // After a bulk load the planner has no statistics yet: refresh them so rankings use the indexes.
                await db.Database.ExecuteSqlRawAsync("ANALYZE energy_meter_days, energy_meter_periods, energy_building_periods, energy_building_years, energy_area_years", cancellationToken);
            }
        }

        return new IngestReport(batch.Id, !refused, batch.Lines, batch.Stored, batch.Duplicates, batch.Conflicts, batch.Rejected, batch.DaysWritten,
            errors, sink.Refusal ?? (refused ? ("energy.batch.strict", "error.energy.strict", [errorCount]) : null), watch.Elapsed.TotalSeconds)
        {
            Timings = FormattableString.Invariant(
                $"catalog {catalogTime.TotalSeconds:0.00} s, prepare {engine.Timings.Prepare.TotalSeconds:0.00} s, write {engine.Timings.Write.TotalSeconds:0.00} s (store {store.Writing.TotalSeconds:0.00} s, overlapping the reading), roll-ups {engine.Timings.Rollups.TotalSeconds:0.00} s, record+commit {(watch.Elapsed - finishing).TotalSeconds:0.00} s"),
        };
    }

    /// <summary>A meter that exists but is not the caller's is named as such (never as unknown).</summary>
    private async Task NameForbiddenMetersAsync(HashSet<string> codes, List<LineError> errors, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return;
        }

        var list = codes.Take(2000).ToList();
        var existing = (await db.Set<Meter>().AsNoTracking().Where(m => list.Contains(m.Code)).Select(m => m.Code).ToListAsync(cancellationToken)).ToHashSet();
        for (var i = 0; i < errors.Count; i++)
        {
            if (errors[i].Code == "energy.meter.unknown" && existing.Contains((string)errors[i].Arguments[0]))
            {
                errors[i] = errors[i] with { Code = "energy.meter.forbidden", MessageKey = "error.energy.meter.forbidden" };
            }
        }
    }

    private static async Task<Stream> Buffered(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return buffer;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    /// <summary>Hashes what passes through, for the batch record.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public string Hash() => Convert.ToHexStringLower(hash.GetHashAndReset());

        public async Task DrainAsync(CancellationToken cancellationToken)
        {
            var buffer = new byte[1 << 16];
            while (await ReadAsync(buffer, cancellationToken) > 0)
            {
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            hash.AppendData(buffer, offset, n);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            hash.AppendData(buffer.Span[..n]);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
