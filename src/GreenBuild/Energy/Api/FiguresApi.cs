using System.Security.Claims;
using GreenBuild.Energy.Benchmarking;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Quotas;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Api;

/// <summary>Rankings, city and type figures, alerts, a building's report and bill, quotas and surcharge schedules.</summary>
internal static class FiguresApi
{
    public static RouteGroupBuilder MapFiguresApi(this RouteGroupBuilder group)
    {
        group.MapGet("/ranking", async (int year, string? city, PublicBuildingType? type, ClaimsPrincipal user, ReadRanking ranking, CancellationToken ct) =>
                TypedResults.Ok(await ranking.RunAsync(DataScope.Of(user), year, city, type, ct)))
            .RequireAuthorization(Policies.Officials).WithName("EnergyRanking").WithSummary("Annual EUI of every building within scope, ranked, against GB/T 51161 and the quota");
        group.MapGet("/ranking/export", async (int year, string? city, PublicBuildingType? type, string? format, ClaimsPrincipal user, ReadRanking ranking,
                IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var rows = RankingExport.Rows(await ranking.RunAsync(DataScope.Of(user), year, city, type, ct), r => r.Band is { } b ? text["energy.band." + b].Value : "");
                return format == "csv"
                    ? TypedResults.File(RankingExport.Csv(rows), "text/csv; charset=utf-8", $"energy-ranking-{year}.csv")
                    : TypedResults.File(RankingExport.Xlsx(rows), RankingExport.XlsxType, $"energy-ranking-{year}.xlsx");
            })
            .RequireAuthorization(Policies.Officials).WithName("ExportEnergyRanking").WithSummary("The ranking as Excel (default) or CSV (format=csv)");
        group.MapGet("/areas", async (int year, ClaimsPrincipal user, ReadRanking ranking, CancellationToken ct) =>
                TypedResults.Ok(await ranking.AreasAsync(DataScope.Of(user), year, ct)))
            .RequireAuthorization(Policies.Officials).WithName("EnergyByCityAndType").WithSummary("Electricity and EUI per city and building type for a year (from the city/type roll-up)");
        group.MapGet("/alerts", async (int year, ClaimsPrincipal user, ReadAlerts alerts, CancellationToken ct) =>
                TypedResults.Ok(await alerts.RunAsync(DataScope.Of(user), year, ct)))
            .RequireAuthorization(Policies.Officials).WithName("EnergyQuotaAlerts").WithSummary("Buildings whose year so far projects above their quota");
        group.MapGet("/buildings/{code}/report", async Task<IResult> (string code, int? year, DateOnly? month, DateOnly? day, ClaimsPrincipal user, ReadBuilding read, CancellationToken ct) =>
                await read.RunAsync(DataScope.Of(user), code, year, month, day, ct) is { } report ? TypedResults.Ok(ToDto(report)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Officials).WithName("EnergyBuildingReport").WithSummary("A building's year: monthly, daily, sub-items, quality, a day's load curve, EUI with its working");
        group.MapGet("/buildings/{code}/bill", async Task<IResult> (string code, int year, ClaimsPrincipal user, ComputeBill bills, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var (bill, refusal) = await bills.RunAsync(DataScope.Of(user), code, year, ct);
                return bill is not null ? TypedResults.Ok(bill)
                    : refusal!.Code == "energy.building.unknown" ? TypedResults.NotFound()
                    : TypedResults.Problem(text[refusal.MessageKey, refusal.Arguments], statusCode: StatusCodes.Status422UnprocessableEntity);
            })
            .RequireAuthorization(Policies.Officials).WithName("EnergySurchargeBill").WithSummary("超定额加价: the building's surcharge bill for a year with the working of each tier");
        group.MapGet("/quotas", async (int? year, GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok(await db.Set<EnergyQuotaRecord>().AsNoTracking().Where(q => year == null || q.Year == year).OrderBy(q => q.Year).ThenBy(q => q.CityCode).ToListAsync(ct)))
            .RequireAuthorization(Policies.Officials).WithName("ListEnergyQuotas").WithSummary("能耗定额 per year, city and building type");
        group.MapPost("/quotas", async (QuotaInput body, ManageQuotas quotas, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                MonitoringApi.Result(await quotas.SetQuotaAsync(body, ct), q => q, text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("SetEnergyQuota").WithSummary("The province sets a quota (city empty: province-wide) with its source");
        group.MapGet("/schedules", async (GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.Set<SurchargeScheduleRecord>().AsNoTracking().OrderBy(s => s.Year).ToListAsync(ct))
                    .Select(s => new { s.Year, s.Version, s.UnitPrice, Tiers = ManageQuotas.ScheduleOf(s).Tiers, s.Source, s.SetAtUtc })))
            .RequireAuthorization(Policies.Officials).WithName("ListSurchargeSchedules").WithSummary("超定额加价 tiers and unit price per year");
        group.MapPost("/schedules", async (ScheduleInput body, ManageQuotas quotas, IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
                MonitoringApi.Result(await quotas.SetScheduleAsync(body, ct), s => new { s.Year, s.Version }, text))
            .RequireAuthorization(Policies.ProvinceOnly).WithName("SetSurchargeSchedule").WithSummary("The province sets a year's surcharge tiers (from 0%, contiguous, open-ended) and unit price");
        return group;
    }

    public static object ToDto(BuildingReport r) => new
    {
        building = new { r.Building.Code, r.Building.Name, r.Building.CityCode, r.Building.BuildingType, r.Building.OperationClass, r.Building.ClimateZone, r.Building.FloorArea, r.Building.ProjectId },
        r.Year, r.Years, r.Meters, r.Monthly, r.Yearly, month = r.Month, r.Daily, quality = r.Quality.Select(q => new { q.Meter, q.Day, q.Readings, q.Valid, q.Expected, q.Excluded, Flags = q.Flags.ToString(), q.Score }),
        curveDay = r.CurveDay, curve = r.Curve.ToDictionary(c => c.Key, c => c.Value.Select(p => new { end = p.EndLocal.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), p.Energy, flags = p.Flags.ToString(), p.Counted })),
        eui = r.Eui is { Outcome: { } o } e ? new { o.NonHeating.Value, o.NonHeating.Unit, o.NonHeating.Constraint, o.NonHeating.Guide, o.NonHeating.Band, o.NonHeating.BandNameZh, o.NonHeating.QuotaSource, e.Explanation } : null,
        euiKgce = r.EuiKgce, r.CoalSource,
        rule = "Negative, Spike, ClockSkew excluded; Gap counted as missing intervals; Rollover, Replacement corrected and included; FlatLine included but not valid",
    };
}
