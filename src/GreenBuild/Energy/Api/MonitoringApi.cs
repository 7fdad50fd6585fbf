using System.Security.Claims;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Api;

/// <summary>Monitored buildings, meters, collectors, received batches and the sub-metering dictionary.</summary>
internal static class MonitoringApi
{
    public sealed record CollectorBody(string Name, string CityCode);

    public sealed record CollectorDto(Guid Id, string Name, string CityCode, string? KeyPrefix, string? Token);

    public sealed record MeterDto(string Code, string BuildingCode, string Name, string ItemCode, string Unit, decimal Multiplier, ReadingKind Kind,
        int IntervalMinutes, int? RegisterDigits, string? ParentMeterCode, string? CollectorName);

    public static RouteGroupBuilder MapMonitoringApi(this RouteGroupBuilder group)
    {
        group.MapGet("/item-codes", async (GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok(await db.Set<EnergyItemCode>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct)))
            .RequireAuthorization(Policies.SignedIn).WithName("EnergyItemCodes").WithSummary("The sub-metering dictionary (分类分项编码) with its version and source");
        group.MapGet("/buildings", async (ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok(await DataScope.Of(user).WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode).OrderBy(b => b.Code).ToListAsync(ct)))
            .RequireAuthorization(Policies.Officials).WithName("ListMonitoredBuildings").WithSummary("Monitored buildings within the caller's scope");
        group.MapPost("/buildings", async (BuildingInput body, ClaimsPrincipal user, RegisterMonitoring register, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                Result(await register.SaveBuildingAsync(DataScope.Of(user), body, ct), b => b, text))
            .RequireAuthorization(Policies.Officials).WithName("SaveMonitoredBuilding").WithSummary("Registers or updates a monitored building (by its 10-character code)");
        group.MapGet("/meters", async (string? building, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok(await Meters(db, DataScope.Of(user), building, ct)))
            .RequireAuthorization(Policies.Officials).WithName("ListMeters").WithSummary("Meters within the caller's scope, optionally of one building");
        group.MapPost("/meters", async (MeterInput body, ClaimsPrincipal user, RegisterMonitoring register, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                Result(await register.SaveMeterAsync(DataScope.Of(user), body, ct), m => new { m.Id, m.Code }, text))
            .RequireAuthorization(Policies.Officials).WithName("SaveMeter").WithSummary("Registers or updates a meter: code, classification, hierarchy, unit, multiplier, kind, interval, collector");
        group.MapGet("/collectors", async (ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok((await DataScope.Of(user).WithinCity(db.Set<Collector>().AsNoTracking(), c => c.CityCode).OrderBy(c => c.Name).ToListAsync(ct))
                    .Select(c => new CollectorDto(c.Id, c.Name, c.CityCode, c.ApiKeyPrefix, null))))
            .RequireAuthorization(Policies.Officials).WithName("ListCollectors").WithSummary("Data collectors within the caller's scope");
        group.MapPost("/collectors", async (CollectorBody body, ClaimsPrincipal user, RegisterMonitoring register, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                Result(await register.AddCollectorAsync(DataScope.Of(user), body.Name ?? "", body.CityCode ?? "", user.FindFirstValue(ClaimTypes.NameIdentifier)!, ct),
                    c => new CollectorDto(c.Collector.Id, c.Collector.Name, c.Collector.CityCode, c.Collector.ApiKeyPrefix, c.Token), text))
            .RequireAuthorization(Policies.Officials).WithName("AddCollector").WithSummary("Registers a collector and issues its API key (energy:ingest; the token is shown once)");
        group.MapPost("/collectors/{id:guid}/revoke", async (Guid id, ClaimsPrincipal user, ManageCollectorKeys manage, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                Result(await manage.RevokeAsync(DataScope.Of(user), id, ct), c => new CollectorDto(c.Id, c.Name, c.CityCode, c.ApiKeyPrefix, null), text))
            .RequireAuthorization(Policies.Officials).WithName("RevokeCollectorKey").WithSummary("Revokes a collector's API key: its readings are refused from now on");
        group.MapPost("/collectors/{id:guid}/key", async (Guid id, ClaimsPrincipal user, ManageCollectorKeys manage, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                Result(await manage.IssueAsync(DataScope.Of(user), id, user.FindFirstValue(ClaimTypes.NameIdentifier)!, ct),
                    c => new CollectorDto(c.Collector.Id, c.Collector.Name, c.Collector.CityCode, c.Collector.ApiKeyPrefix, c.Token), text))
            .RequireAuthorization(Policies.Officials).WithName("IssueCollectorKey").WithSummary("Revokes a collector's key and issues a new one (the token is shown once)");
        group.MapGet("/batches", async (ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) => TypedResults.Ok(await Batches(db, user, 200, ct)))
            .RequireAuthorization(Policies.Officials).WithName("ListIngestBatches").WithSummary("The latest received batches with their counts and first errors");
        return group;
    }

    /// <summary>The latest batches: all for the province; for a city officer, those of its city's collectors and the ones it sent itself.</summary>
    internal static async Task<List<IngestBatch>> Batches(GreenBuildDb db, ClaimsPrincipal user, int count, CancellationToken ct)
    {
        var scope = DataScope.Of(user);
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var collectors = await scope.WithinCity(db.Set<Collector>().AsNoTracking(), c => c.CityCode).Select(c => c.Id).ToListAsync(ct);
        var query = db.Set<IngestBatch>().AsNoTracking();
        query = scope.IsProvince ? query : query.Where(b => (b.CollectorId != null && collectors.Contains(b.CollectorId.Value)) || b.SubmittedBy == me);
        return await query.OrderByDescending(b => b.ReceivedAtUtc).Take(count).ToListAsync(ct);
    }

    internal static async Task<List<MeterDto>> Meters(GreenBuildDb db, DataScope scope, string? buildingCode, CancellationToken ct)
    {
        var buildings = scope.WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode);
        if (buildingCode is not null)
        {
            buildings = buildings.Where(b => b.Code == buildingCode);
        }

        var rows = await (from m in db.Set<Meter>().AsNoTracking()
                          join b in buildings on m.BuildingId equals b.Id
                          select new { m, b.Code }).ToListAsync(ct);
        var codes = await db.Set<Meter>().AsNoTracking().Select(m => new { m.Id, m.Code }).ToDictionaryAsync(m => m.Id, m => m.Code, ct);
        var collectors = await db.Set<Collector>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return [.. rows.OrderBy(r => r.Code).ThenBy(r => r.m.Code).Select(r => new MeterDto(r.m.Code, r.Code, r.m.Name, r.m.ItemCode, r.m.Unit, r.m.Multiplier, r.m.Kind,
            r.m.IntervalMinutes, r.m.RegisterDigits, r.m.ParentMeterId is { } p ? codes.GetValueOrDefault(p) : null, r.m.CollectorId is { } c ? collectors.GetValueOrDefault(c) : null))];
    }

    internal static IResult Result<T, TDto>(Outcome<T> outcome, Func<T, TDto> map, IStringLocalizer text) =>
        outcome.Succeeded ? TypedResults.Ok(map(outcome.Value!)) : Problems.Validation(text, outcome.Errors);
}
