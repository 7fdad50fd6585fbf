using System.Net;
using GreenBuild.Energy;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Readings;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Energy;

/// <summary>换表 recorded after the readings: the stored readings after it are derived again and the roll-ups still equal a recomputation from raw.</summary>
public abstract class MeterReplacementTests(GreenBuildApp app)
{
    private static readonly DateTime From = new(2026, 1, 4, 16, 0, 0, DateTimeKind.Utc); // 5 January 00:00 Beijing time
    private static readonly DateTime SwapAt = From.AddHours(29).AddMinutes(-20);          // 6 January 04:40 Beijing time

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Three days hourly: the old register climbs 10 an hour from 1,000 and ends at 1,295 at the swap; the new one starts at 0.5 and climbs 10 an hour.</summary>
    private static List<(string Suffix, DateTime Utc, decimal Value)> Readings() =>
        [.. Enumerable.Range(0, 72).Select(h => ("-E", From.AddHours(h), h < 29 ? 1000m + (10 * h) : 0.5m + (10 * (h - 29)) + 7))];

    private static string Csv(string building) => EnergyFixture.Csv(Readings().Select(r => (building + r.Suffix, r.Utc, r.Value)));

    private static ReplacementInput Swap => new(new DateTimeOffset(SwapAt), 1295m, 0.5m);

    private Task<string> BuildingAsync() => EnergyFixture.BuildingAsync(app, meters: ("-E", "01000", "kWh", ReadingKind.Cumulative, null, null));

    private async Task<T> UseAsync<T>(Func<ReplaceMeter, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ReplaceMeter>());
    }

    [Fact]
    public async Task A_replacement_recorded_after_its_readings_gives_the_state_of_one_recorded_before_and_the_rollups_equal_raw()
    {
        var before = await BuildingAsync();
        var late = await BuildingAsync();
        Assert.True((await UseAsync(r => r.RecordAsync(EnergyFixture.Province, before + "-E", Swap, Ct))).Succeeded);
        await EnergyFixture.IngestAsync(app, Csv(before));
        await EnergyFixture.IngestAsync(app, Csv(late));
        Assert.NotEqual(await EnergyFixture.StateAsync(app, before), await EnergyFixture.StateAsync(app, late)); // without the record the swap reads as a negative value

        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        var response = await taiyuan.PostJsonAsync($"/api/v1/energy/meters/{late}-E/replacements", new { replacedAt = "2026-01-06T04:40:00+08:00", oldFinal = 1295m, newInitial = 0.5m });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.InRange(body.GetProperty("daysRederived").GetInt32(), 1, 2); // the swap's day, and the next only if the re-flagging reached it

        Assert.Equal(await EnergyFixture.StateAsync(app, before), await EnergyFixture.StateAsync(app, late));
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
        var entries = await EntriesAsync(late + "-E");
        var swapped = entries.Single(e => e.Ticks == From.AddHours(29).Ticks);
        Assert.Equal(QualityFlag.Replacement, swapped.Quality);
        Assert.Equal(((1295 - 1280) + (7.5m - 0.5m)) * 1000, swapped.Energy); // (old final − previous) + (current − new initial) = 15 + 7
        Assert.DoesNotContain(entries, e => e.Quality.HasFlag(QualityFlag.Negative));

        var day = await EnergyFixture.WithDb(app, db => db.Set<MeterDay>().SingleAsync(d => d.Day == new DateOnly(2026, 1, 6) && db.Set<Meter>().Any(m => m.Id == d.MeterId && m.Code == late + "-E")));
        Assert.Equal(240_000 - 10_000 + 22_000, day.EnergyMilli); // 24 intervals of 10 kWh, one of them the swap's 22
        var audit = await EnergyFixture.WithDb(app, db => db.AuditEntries.Where(a => a.EntityType == nameof(MeterReplacementRecord) && a.EntityKey == body.GetProperty("id").GetString()).ToListAsync());
        Assert.Equal(AuditAction.Create, Assert.Single(audit).Action);
        Assert.Contains("1295", audit[0].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_a_replacement_gives_the_state_of_a_meter_that_never_had_one()
    {
        var never = await BuildingAsync();
        var withdrawn = await BuildingAsync();
        await EnergyFixture.IngestAsync(app, Csv(never));
        await EnergyFixture.IngestAsync(app, Csv(withdrawn));
        var recorded = await UseAsync(r => r.RecordAsync(EnergyFixture.Province, withdrawn + "-E", Swap, Ct));
        Assert.True(recorded.Succeeded);

        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await admin.DeleteAsync($"/api/v1/energy/meters/{withdrawn}-E/replacements/{recorded.Value!.Record.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await EnergyFixture.StateAsync(app, never), await EnergyFixture.StateAsync(app, withdrawn));
        Assert.Empty(await UseAsync(r => r.ListAsync(EnergyFixture.Province, withdrawn + "-E", Ct)));
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
        Assert.True(await EnergyFixture.WithDb(app, db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(MeterReplacementRecord) && a.Action == AuditAction.Delete
            && a.EntityKey == recorded.Value.Record.Id.ToString())));
    }

    [Fact]
    public async Task Readings_sent_after_a_late_replacement_continue_from_the_rederived_state()
    {
        var reference = await BuildingAsync();
        var split = await BuildingAsync();
        Assert.True((await UseAsync(r => r.RecordAsync(EnergyFixture.Province, reference + "-E", Swap, Ct))).Succeeded);
        await EnergyFixture.IngestAsync(app, Csv(reference));
        var readings = Readings();
        await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(readings.Take(40).Select(r => (split + r.Suffix, r.Utc, r.Value))));
        Assert.True((await UseAsync(r => r.RecordAsync(EnergyFixture.Province, split + "-E", Swap, Ct))).Succeeded);
        await EnergyFixture.IngestAsync(app, EnergyFixture.Csv(readings.Skip(40).Select(r => (split + r.Suffix, r.Utc, r.Value))));
        Assert.Equal(await EnergyFixture.StateAsync(app, reference), await EnergyFixture.StateAsync(app, split));
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }

    [Fact]
    public async Task A_replacement_that_does_not_fit_the_stored_readings_is_refused_with_the_field_named_and_nothing_changes()
    {
        var b = await EnergyFixture.BuildingAsync(app, meters: [("-E", "01000", "kWh", ReadingKind.Cumulative, 6, null), ("-W", "02000", "m³", ReadingKind.Interval, null, null)]);
        await EnergyFixture.IngestAsync(app, Csv(b));
        var state = await EnergyFixture.StateAsync(app, b);
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        async Task<(HttpStatusCode, string)> Post(string meter, object body)
        {
            var response = await admin.PostJsonAsync($"/api/v1/energy/meters/{meter}/replacements", body);
            return (response.StatusCode, await MessagesAsync(response));
        }

        var (status, text) = await Post(b + "-E", new { replacedAt = "2026-01-06T04:40:00+08:00", oldFinal = 1200m, newInitial = 0.5m });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("字段“旧表最终读数”：旧表最终读数 1200 小于换表前最后一次读数 1280（2026-01-06 04:00:00+08:00）", text, StringComparison.Ordinal);
        (status, text) = await Post(b + "-E", new { replacedAt = "2026-01-06T04:40:00+08:00", oldFinal = 1295m, newInitial = 9m });
        Assert.Contains("新表起始读数 9 大于换表后第一次读数 7.5（2026-01-06 05:00:00+08:00）", text, StringComparison.Ordinal);
        (status, text) = await Post(b + "-E", new { replacedAt = "2026-01-06T04:40:00", oldFinal = 1295m, newInitial = 0.5m });
        Assert.Contains("换表时间", text, StringComparison.Ordinal);
        Assert.Contains("缺少时区", text, StringComparison.Ordinal);
        (status, text) = await Post(b + "-E", new { replacedAt = "2027-01-06T04:40:00+08:00", oldFinal = 1295m, newInitial = 0.5m });
        Assert.Contains("不晚于当前时间", text, StringComparison.Ordinal);
        (status, text) = await Post(b + "-E", new { replacedAt = "2026-01-06T04:40:00+08:00", oldFinal = 1_000_000m, newInitial = -1m });
        Assert.Contains("小于表计量程 1000000", text, StringComparison.Ordinal);
        Assert.Contains("字段“新表起始读数”：读数 -1 无效", text, StringComparison.Ordinal);
        (status, text) = await Post(b + "-W", new { replacedAt = "2026-01-06T04:40:00+08:00", oldFinal = 1295m, newInitial = 0.5m });
        Assert.Contains("不是累计读数表计", text, StringComparison.Ordinal);
        (status, text) = await Post("NOPE-E", new { replacedAt = "2026-01-06T04:40:00+08:00", oldFinal = 1295m, newInitial = 0.5m });
        Assert.Contains("未知表计“NOPE-E”", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await Post(b + "-E", new { replacedAt = "2026-01-06T04:40:00+08:00", oldFinal = 1295m, newInitial = 0.5m })).Item1);
        (status, text) = await Post(b + "-E", new { replacedAt = "2026-01-06T04:50:00+08:00", oldFinal = 1295m, newInitial = 0.5m });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("同一读数区间只能有一次换表", text, StringComparison.Ordinal);
        Assert.Single(await UseAsync(r => r.ListAsync(EnergyFixture.Province, b + "-E", Ct)));
        Assert.NotEqual(state, await EnergyFixture.StateAsync(app, b));
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }

    [Fact]
    public async Task The_cli_records_a_replacement_late_with_the_same_result_and_refuses_bad_ones_with_their_exit_codes()
    {
        var before = await BuildingAsync();
        var late = await BuildingAsync();
        Assert.True((await UseAsync(r => r.RecordAsync(EnergyFixture.Province, before + "-E", Swap, Ct))).Succeeded);
        await EnergyFixture.IngestAsync(app, Csv(before));
        await EnergyFixture.IngestAsync(app, Csv(late));
        async Task<(int Code, string Output, string Error)> Cli(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await GreenBuild.Cli.GreenBuildCli.RunAsync([.. args, "--db", app.ConnectionString], output, error);
            return (code, output.ToString(), error.ToString());
        }

        var noZone = await Cli("energy", "replace", "--meter", late + "-E", "--at", "2026-01-06T04:40:00", "--old-final", "1295", "--new-initial", "0.5");
        Assert.Equal(GreenBuild.Cli.ExitCodes.BadArguments, noZone.Code);
        Assert.Contains("缺少时区", noZone.Error, StringComparison.Ordinal);
        var below = await Cli("energy", "replace", "--meter", late + "-E", "--at", "2026-01-06T04:40:00+08:00", "--old-final", "1000", "--new-initial", "0.5");
        Assert.Equal(GreenBuild.Cli.ExitCodes.Refused, below.Code);
        Assert.Contains("旧表最终读数 1000 小于换表前最后一次读数 1280", below.Error, StringComparison.Ordinal);

        var done = await Cli("energy", "replace", "--meter", late + "-E", "--at", "2026-01-06T04:40:00+08:00", "--old-final", "1295", "--new-initial", "0.5");
        Assert.Equal(GreenBuild.Cli.ExitCodes.Ok, done.Code);
        Assert.Contains("已登记换表", done.Output, StringComparison.Ordinal);
        Assert.Equal(await EnergyFixture.StateAsync(app, before), await EnergyFixture.StateAsync(app, late));
        var meterId = await EnergyFixture.WithDb(app, db => db.Set<Meter>().Where(m => m.Code == late + "-E").Select(m => m.Id).SingleAsync());
        var record = await EnergyFixture.WithDb(app, db => db.Set<MeterReplacementRecord>().SingleAsync(r => r.MeterId == meterId));
        Assert.StartsWith("cli:", (await EnergyFixture.WithDb(app, db => db.AuditEntries.SingleAsync(a => a.EntityKey == record.Id.ToString()))).ActorId, StringComparison.Ordinal);
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }

    [Fact]
    public async Task Another_citys_officer_can_neither_see_nor_replace_nor_withdraw_a_meter()
    {
        var datong = await EnergyFixture.BuildingAsync(app, city: "140200", meters: ("-E", "01000", "kWh", ReadingKind.Cumulative, null, null));
        await EnergyFixture.IngestAsync(app, Csv(datong));
        var recorded = await UseAsync(r => r.RecordAsync(EnergyFixture.Province, datong + "-E", Swap, Ct));
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        Assert.Empty((await (await taiyuan.GetAsync($"/api/v1/energy/meters/{datong}-E/replacements", Ct)).ReadJsonAsync()).EnumerateArray());
        var post = await taiyuan.PostJsonAsync($"/api/v1/energy/meters/{datong}-E/replacements", new { replacedAt = "2026-01-06T06:40:00+08:00", oldFinal = 30m, newInitial = 0m });
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("未知表计", await MessagesAsync(post), StringComparison.Ordinal);
        var delete = await taiyuan.DeleteAsync($"/api/v1/energy/meters/{datong}-E/replacements/{recorded.Value!.Record.Id}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Single(await UseAsync(r => r.ListAsync(EnergyFixture.Province, datong + "-E", Ct)));
    }

    /// <summary>The validation messages of a problem response, one a line.</summary>
    internal static async Task<string> MessagesAsync(HttpResponseMessage response)
    {
        var json = await response.ReadJsonAsync();
        return json.TryGetProperty("errors", out var errors)
            ? string.Join("\n", errors.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(m => m.GetString()))
            : json.ToString();
    }

    private Task<List<DerivedEntry>> EntriesAsync(string meter) => EnergyFixture.WithDb(app, async db =>
        (await db.Set<MeterDay>().Where(d => db.Set<Meter>().Any(m => m.Id == d.MeterId && m.Code == meter)).OrderBy(d => d.Day).ToListAsync())
            .SelectMany(d => DayEntries.Decode(d.Day, d.Entries)).ToList());
}

public sealed class MeterReplacementTestsOnSqlite(SqliteApp app) : MeterReplacementTests(app), IClassFixture<SqliteApp>;

public sealed class MeterReplacementTestsOnPostgres(PostgresApp app) : MeterReplacementTests(app), IClassFixture<PostgresApp>;
