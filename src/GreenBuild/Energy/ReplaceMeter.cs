using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Readings;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy;

/// <summary>A meter swap to record: when, the old register's final reading and the new register's start reading (in the meter's unit).</summary>
public sealed record ReplacementInput(DateTimeOffset ReplacedAt, decimal OldFinal, decimal NewInitial);

/// <summary>A recorded (or withdrawn) swap and how many stored meter-days had to be derived again.</summary>
public sealed record ReplacementResult(MeterReplacementRecord Record, int DaysRederived);

/// <summary>
/// 换表登记 — records that a cumulative meter was replaced (or withdraws such a record). Readings already stored after
/// the swap are derived again (the interval across the swap counts <c>(old final − previous) + (current − new
/// initial)</c>, the readings after it are re-flagged until they stop changing) and the roll-ups they touch get
/// the exact difference, all in one transaction under the ingest lock together with the record itself, whose save
/// writes the audit entry. A swap must fit the stored readings: the old register cannot end below its last
/// reading before the swap, the new one cannot start above its first reading after it, and one interval between
/// two readings holds at most one swap.
/// </summary>
public sealed class ReplaceMeter(GreenBuildDb db, TimeProvider clock)
{
    private const decimal MaxRegister = 1_000_000_000_000m;

    public async Task<IReadOnlyList<MeterReplacementRecord>> ListAsync(DataScope scope, string meterCode, CancellationToken cancellationToken = default) =>
        await FindMeterAsync(scope, meterCode, cancellationToken) is { } meter
            ? await db.Set<MeterReplacementRecord>().AsNoTracking().Where(r => r.MeterId == meter.Id).OrderBy(r => r.AtUtc).ToListAsync(cancellationToken)
            : [];

    public async Task<Outcome<ReplacementResult>> RecordAsync(DataScope scope, string meterCode, ReplacementInput input, CancellationToken cancellationToken = default)
    {
        var meter = await FindMeterAsync(scope, meterCode, cancellationToken);
        var errors = new List<PlatformError>();
        if (meter is null)
        {
            return Outcome<ReplacementResult>.Fail(new PlatformError("energy.meter.unknown", "meterCode", "error.energy.meter.unknown", meterCode ?? ""));
        }

        if (meter.Kind != ReadingKind.Cumulative)
        {
            errors.Add(new("energy.replacement.kind", "meterCode", "error.energy.replacement.kind", meter.Code));
        }

        var at = input.ReplacedAt.UtcDateTime;
        if (at.Year < 1990 || at > clock.GetUtcNow().UtcDateTime.AddMinutes(1) || at.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            errors.Add(new("energy.replacement.time", "replacedAt", "error.energy.replacement.time"));
        }

        var modulus = meter.RegisterDigits is { } digits ? (decimal)Math.Pow(10, digits) : MaxRegister;
        foreach (var (field, value) in new[] { ("oldFinal", input.OldFinal), ("newInitial", input.NewInitial) })
        {
            if (value < 0 || value >= modulus || decimal.Round(value, 3) != value)
            {
                errors.Add(new("energy.replacement.value", field, "error.energy.replacement.value", value, modulus));
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<ReplacementResult>.Fail([.. errors]);
        }

        var (transaction, store) = await IngestTransaction.BeginAsync(db, cancellationToken);
        await using (transaction)
        {
            var ticks = at.Ticks;
            var (previous, next) = await NeighboursAsync(store, meter.Id, ticks, cancellationToken);
            if (previous is { } p && Milli(input.OldFinal) < p.Raw)
            {
                errors.Add(new("energy.replacement.old", "oldFinal", "error.energy.replacement.old", input.OldFinal, p.Raw / 1000m, Text(p.Ticks)));
            }

            if (next is { } n && Milli(input.NewInitial) > n.Raw)
            {
                errors.Add(new("energy.replacement.new", "newInitial", "error.energy.replacement.new", input.NewInitial, n.Raw / 1000m, Text(n.Ticks)));
            }

            // The interval a swap falls in: between the neighbouring stored readings, else one reading interval around it.
            var interval = TimeSpan.FromMinutes(meter.IntervalMinutes).Ticks;
            var after = new DateTime(previous?.Ticks ?? ticks - interval, DateTimeKind.Utc);
            var upTo = new DateTime(next?.Ticks ?? ticks + interval, DateTimeKind.Utc);
            if (await db.Set<MeterReplacementRecord>().AnyAsync(r => r.MeterId == meter.Id && r.AtUtc > after && r.AtUtc <= upTo, cancellationToken))
            {
                errors.Add(new("energy.replacement.twice", "replacedAt", "error.energy.replacement.twice", Text(after.Ticks), Text(upTo.Ticks)));
            }

            if (errors.Count > 0)
            {
                return Outcome<ReplacementResult>.Fail([.. errors]);
            }

            var record = new MeterReplacementRecord { MeterId = meter.Id, AtUtc = at, OldFinal = input.OldFinal, NewInitial = input.NewInitial };
            db.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            var days = await RederiveAsync(store, scope, meter, ticks, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome<ReplacementResult>.Ok(new ReplacementResult(record, days));
        }
    }

    /// <summary>Withdraws a wrongly recorded swap: the readings after it are derived again without it.</summary>
    public async Task<Outcome<ReplacementResult>> WithdrawAsync(DataScope scope, string meterCode, Guid replacementId, CancellationToken cancellationToken = default)
    {
        var meter = await FindMeterAsync(scope, meterCode, cancellationToken);
        if (meter is null)
        {
            return Outcome<ReplacementResult>.Fail(new PlatformError("energy.meter.unknown", "meterCode", "error.energy.meter.unknown", meterCode ?? ""));
        }

        var (transaction, store) = await IngestTransaction.BeginAsync(db, cancellationToken);
        await using (transaction)
        {
            var record = await db.Set<MeterReplacementRecord>().FirstOrDefaultAsync(r => r.Id == replacementId && r.MeterId == meter.Id, cancellationToken);
            if (record is null)
            {
                return Outcome<ReplacementResult>.Fail(new PlatformError("energy.replacement.unknown", "id", "error.energy.replacement.unknown", replacementId));
            }

            db.Remove(record);
            await db.SaveChangesAsync(cancellationToken);
            var days = await RederiveAsync(store, scope, meter, record.AtUtc.Ticks, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome<ReplacementResult>.Ok(new ReplacementResult(record, days));
        }
    }

    private async Task<int> RederiveAsync(IDayStore store, DataScope scope, Meter meter, long from, CancellationToken cancellationToken)
    {
        // The catalog reads the meter's swaps inside this transaction, so the rules already include (or lack) this one.
        var meters = await MeterCatalog.LoadAsync(db, scope, null, meter.BuildingId, cancellationToken);
        var engine = new IngestEngine(store, meters.Where(m => m.Key == meter.Id).ToDictionary(), _ => { });
        await engine.RederiveStoredAsync(meter.Id, from, cancellationToken);
        await engine.CompleteAsync(cancellationToken);
        return engine.DaysWritten;
    }

    /// <summary>The last stored reading before <paramref name="ticks"/> and the first at or after it.</summary>
    private static async Task<(DerivedEntry? Previous, DerivedEntry? Next)> NeighboursAsync(IDayStore store, Guid meterId, long ticks, CancellationToken cancellationToken)
    {
        var day = DayEntries.DayOf(ticks);
        var row = await store.LoadAsync(meterId, day, cancellationToken);
        DerivedEntry? previous = row?.Entries.LastOrDefault(e => e.Ticks < ticks) is { Ticks: > 0 } p ? p : null;
        DerivedEntry? next = row?.Entries.FirstOrDefault(e => e.Ticks >= ticks) is { Ticks: > 0 } n ? n : null;
        for (var d = day; previous is null && await store.LoadPreviousAsync(meterId, d, cancellationToken) is { } before; d = before.Day)
        {
            previous = before.Entries.Count > 0 ? before.Entries[^1] : null;
        }

        for (var d = day; next is null && await store.LoadNextAsync(meterId, d, cancellationToken) is { } later; d = later.Day)
        {
            next = later.Entries.Count > 0 ? later.Entries[0] : null;
        }

        return (previous, next);
    }

    private async Task<Meter?> FindMeterAsync(DataScope scope, string meterCode, CancellationToken cancellationToken)
    {
        var code = (meterCode ?? "").Trim();
        var found = await (from m in db.Set<Meter>().AsNoTracking()
                           join b in db.Set<MonitoredBuilding>().AsNoTracking() on m.BuildingId equals b.Id
                           where m.Code == code
                           select new { m, b.CityCode }).FirstOrDefaultAsync(cancellationToken);
        return found is not null && scope.CanSeeCity(found.CityCode) ? found.m : null;
    }

    private static long Milli(decimal value) => (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);

    private static string Text(long ticks) => IngestEngine.Text(ticks);
}
