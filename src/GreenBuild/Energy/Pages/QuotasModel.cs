using System.Globalization;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Quotas;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using GreenBuild.Standards.EnergyUse;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Pages;

/// <summary>能耗定额与加价标准 — everyone official sees the quotas and tiers; the province sets them.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class QuotasModel(GreenBuildDb db, ManageQuotas quotas, IStringLocalizer<Platform.Localization.UiText> text) : PageModel
{
    public IReadOnlyList<EnergyQuotaRecord> Quotas { get; private set; } = [];

    public IReadOnlyList<(SurchargeScheduleRecord Record, SurchargeSchedule Schedule)> Schedules { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsProvince => DataScope.Of(User).IsProvince;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Quotas = (await db.Set<EnergyQuotaRecord>().AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(q => q.Year).ThenBy(q => q.CityCode).ThenBy(q => q.BuildingType).ToList();
        Schedules = [.. (await db.Set<SurchargeScheduleRecord>().AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(s => s.Year).Select(s => (s, ManageQuotas.ScheduleOf(s)))];
    }

    public async Task<IActionResult> OnPostQuotaAsync(int year, string? city, PublicBuildingType type, decimal quota, decimal? constraint, decimal? guide, string? source, CancellationToken cancellationToken)
    {
        if (!IsProvince)
        {
            return Forbid();
        }

        var outcome = await quotas.SetQuotaAsync(new QuotaInput(year, city, type, quota, constraint, guide, source ?? ""), cancellationToken);
        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        Message = outcome.Succeeded ? text["energy.quota.saved"].Value : null;
        await OnGetAsync(cancellationToken);
        return Page();
    }

    /// <summary>Tiers as text: <c>0-20:10; 20-50:30; 50-:50</c> (over-quota % range : price increase %).</summary>
    public async Task<IActionResult> OnPostScheduleAsync(int year, string? version, decimal price, string? tiers, string? source, CancellationToken cancellationToken)
    {
        if (!IsProvince)
        {
            return Forbid();
        }

        var parsed = ParseTiers(tiers ?? "");
        var outcome = parsed is null
            ? Outcome<SurchargeScheduleRecord>.Fail(new PlatformError("energy.schedule.tiers", "tiers", "error.energy.tiers", tiers ?? ""))
            : await quotas.SetScheduleAsync(new ScheduleInput(year, version ?? "", price, parsed, source ?? ""), cancellationToken);
        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        Message = outcome.Succeeded ? text["energy.schedule.saved"].Value : null;
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public static string TiersText(SurchargeSchedule schedule) =>
        string.Join("; ", schedule.Tiers.Select(t => FormattableString.Invariant($"{t.OverFromPercent}-{t.OverToPercent}:{t.PriceIncreasePercent}")));

    internal static List<SurchargeTier>? ParseTiers(string text)
    {
        var tiers = new List<SurchargeTier>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (range, rate) = part.Split(':') is [var a, var b] ? (a, b) : ("", "");
            var bounds = range.Split('-');
            if (bounds.Length != 2 || !decimal.TryParse(bounds[0], CultureInfo.InvariantCulture, out var from) || !decimal.TryParse(rate, CultureInfo.InvariantCulture, out var increase))
            {
                return null;
            }

            decimal? to = bounds[1].Trim().Length == 0 ? null : decimal.TryParse(bounds[1], CultureInfo.InvariantCulture, out var t) ? t : null;
            if (bounds[1].Trim().Length > 0 && to is null)
            {
                return null;
            }

            tiers.Add(new SurchargeTier(from, to, increase));
        }

        return tiers.Count == 0 ? null : tiers;
    }
}
