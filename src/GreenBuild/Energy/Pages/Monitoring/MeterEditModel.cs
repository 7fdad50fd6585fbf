using GreenBuild.Energy.Api;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Pages.Monitoring;

/// <summary>
/// 登记 / 修改计量表 — the meter form (classification, hierarchy, unit, multiplier, kind, interval, collector; saved by
/// <see cref="RegisterMonitoring"/>) and, for a cumulative meter, its replacements (换表, by <see cref="ReplaceMeter"/>).
/// </summary>
[Authorize(Policy = Policies.Officials)]
public sealed class MeterEditModel(GreenBuildDb db, RegisterMonitoring register, ReplaceMeter replace, IStringLocalizer<Platform.Localization.UiText> text) : PageModel
{
    public sealed class MeterForm
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? ItemCode { get; set; } = "01000";

        public string? Unit { get; set; } = "kWh";

        public string? Multiplier { get; set; } = "1";

        public ReadingKind Kind { get; set; }

        public int IntervalMinutes { get; set; } = 60;

        public string? RegisterDigits { get; set; }

        public string? ParentMeterCode { get; set; }

        public string? CollectorName { get; set; }
    }

    [BindProperty]
    public MeterForm Form { get; set; } = new();

    public string BuildingCode { get; private set; } = "";

    public string BuildingName { get; private set; } = "";

    /// <summary>The registered meter's code; null while registering a new one.</summary>
    public string? Code { get; private set; }

    public ReadingKind? StoredKind { get; private set; }

    public IReadOnlyList<EnergyItemCode> ItemCodes { get; private set; } = [];

    public IReadOnlyList<string> Siblings { get; private set; } = [];

    public IReadOnlyList<string> Collectors { get; private set; } = [];

    public IReadOnlyList<MeterReplacementRecord> Replacements { get; private set; } = [];

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>The replacement form as typed (shown again with its errors).</summary>
    public (string? ReplacedAt, string? OldFinal, string? NewInitial) Replacement { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, string? building, string? message, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, building, cancellationToken))
        {
            return NotFound();
        }

        Message = message switch
        {
            "saved" => text["energy.meter.saved"].Value,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? building, CancellationToken cancellationToken)
    {
        var keep = Form;
        if (!await LoadAsync(code, building, cancellationToken))
        {
            return NotFound();
        }

        Form = keep;
        var errors = new List<PlatformError>();
        var target = code ?? keep.Code?.Trim() ?? "";
        if (code is null && await db.Set<Meter>().AnyAsync(m => m.Code == target, cancellationToken))
        {
            errors.Add(new PlatformError("energy.meter.exists", "meterCode", "error.energy.meter.exists", target));
        }

        var multiplier = FormValues.Number(keep.Multiplier, "multiplier", errors);
        var digits = FormValues.Number(keep.RegisterDigits, "registerDigits", errors);
        if (digits is { } d && d != decimal.Truncate(d))
        {
            errors.Add(new PlatformError("energy.meter.digits", "registerDigits", "error.energy.digits"));
        }

        if (errors.Count == 0)
        {
            var input = new MeterInput(target, BuildingCode, keep.Name ?? "", keep.ItemCode ?? "", keep.Unit?.Trim() ?? "", multiplier ?? 0, keep.Kind, keep.IntervalMinutes,
                digits is { } n ? (int)Math.Clamp(n, int.MinValue, int.MaxValue) : null, Blank(keep.ParentMeterCode), Blank(keep.CollectorName));
            var outcome = await register.SaveMeterAsync(DataScope.Of(User), input, cancellationToken);
            if (outcome.Succeeded)
            {
                return Redirect($"/energy/monitoring/meters/{Uri.EscapeDataString(outcome.Value!.Code)}?message=saved");
            }

            errors.AddRange(outcome.Errors);
        }

        Errors = [.. errors.Select(e => (e.Field, Problems.Message(text, e)))];
        return Page();
    }

    /// <summary>换表: the time is Beijing time as typed; the readings are in the meter's unit.</summary>
    public async Task<IActionResult> OnPostReplaceAsync(string code, string? replacedAt, string? oldFinal, string? newInitial, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, null, cancellationToken))
        {
            return NotFound();
        }

        Replacement = (replacedAt, oldFinal, newInitial);
        var errors = new List<PlatformError>();
        var at = FormValues.BeijingTime(replacedAt);
        if (at is null)
        {
            errors.Add(new PlatformError("energy.replacement.time", "replacedAt", "error.energy.replacement.time"));
        }

        var old = FormValues.Number(oldFinal, "oldFinal", errors);
        var fresh = FormValues.Number(newInitial, "newInitial", errors);
        if (old is null && !errors.Any(e => e.Field == "oldFinal"))
        {
            errors.Add(new PlatformError("energy.replacement.value", "oldFinal", "error.energy.replacement.value", "", ""));
        }

        if (fresh is null && !errors.Any(e => e.Field == "newInitial"))
        {
            errors.Add(new PlatformError("energy.replacement.value", "newInitial", "error.energy.replacement.value", "", ""));
        }

        if (errors.Count == 0)
        {
            var outcome = await replace.RecordAsync(DataScope.Of(User), code, new ReplacementInput(at!.Value, old!.Value, fresh!.Value), cancellationToken);
            if (outcome.Succeeded)
            {
                Message = text["energy.replacement.recorded", outcome.Value!.DaysRederived].Value;
                Replacement = default;
                await LoadAsync(code, null, cancellationToken);
                return Page();
            }

            errors.AddRange(outcome.Errors);
        }

        Errors = [.. errors.Select(e => (e.Field, Problems.Message(text, e)))];
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string code, Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, null, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await replace.WithdrawAsync(DataScope.Of(User), code, id, cancellationToken);
        Message = outcome.Succeeded ? text["energy.replacement.withdrawn", outcome.Value!.DaysRederived].Value : null;
        Errors = [.. outcome.Errors.Select(e => (e.Field, Problems.Message(text, e)))];
        await LoadAsync(code, null, cancellationToken);
        return Page();
    }

    /// <summary>Loads the meter (or, for a new one, its building) within the official's scope; false when it is not there.</summary>
    private async Task<bool> LoadAsync(string? code, string? building, CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        MonitoringApi.MeterDto? meter = null;
        if (code is not null)
        {
            var buildingCode = await (from m in db.Set<Meter>().AsNoTracking()
                                      join b in db.Set<MonitoredBuilding>().AsNoTracking() on m.BuildingId equals b.Id
                                      where m.Code == code
                                      select b.Code).FirstOrDefaultAsync(cancellationToken);
            meter = buildingCode is null ? null : (await MonitoringApi.Meters(db, scope, buildingCode, cancellationToken)).FirstOrDefault(m => m.Code == code);
            if (meter is null)
            {
                return false;
            }

            building = meter.BuildingCode;
        }

        var owner = building is null ? null
            : await scope.WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode).FirstOrDefaultAsync(b => b.Code == building, cancellationToken);
        if (owner is null)
        {
            return false;
        }

        (Code, BuildingCode, BuildingName, StoredKind) = (code, owner.Code, owner.Name, meter?.Kind);
        if (meter is not null)
        {
            Form = new MeterForm
            {
                Code = meter.Code, Name = meter.Name, ItemCode = meter.ItemCode, Unit = meter.Unit, Multiplier = FormValues.Text(meter.Multiplier), Kind = meter.Kind,
                IntervalMinutes = meter.IntervalMinutes, RegisterDigits = meter.RegisterDigits?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ParentMeterCode = meter.ParentMeterCode, CollectorName = meter.CollectorName,
            };
        }

        ItemCodes = await db.Set<EnergyItemCode>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        Siblings = [.. (await MonitoringApi.Meters(db, scope, owner.Code, cancellationToken)).Select(m => m.Code).Where(c => c != code)];
        Collectors = await scope.WithinCity(db.Set<Collector>().AsNoTracking(), c => c.CityCode).OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(cancellationToken);
        Replacements = code is null ? [] : await replace.ListAsync(scope, code, cancellationToken);
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
