using GreenBuild.Indicators.Import;
using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Indicators.Pages;

/// <summary>
/// 填报表单 — a city's report for a period: the city officer saves a draft or submits; the province approves
/// or returns it with a reason. Only the city's own officer (or the province) may open it.
/// </summary>
[Authorize(Policy = Policies.Officials)]
public sealed class ReportFormModel(
    GreenBuildDb db, SaveCityReport save, ReviewCityReport review, IStringLocalizer<Platform.Localization.UiText> text) : PageModel
{
    public ReportingPeriod Period { get; private set; } = null!;

    public string CityName { get; private set; } = "";

    public CityReport? Report { get; private set; }

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public Dictionary<string, string?> Entered { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlySet<string> FieldsInError { get; private set; } = new HashSet<string>();

    public string? Message { get; private set; }

    public bool IsProvince => DataScope.Of(User).IsProvince;

    public bool CanEdit => Period.IsOpen && Report?.Status is null or ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>After a successful post the browser is redirected here (post/redirect/get) with what was done.</summary>
    public async Task<IActionResult> OnGetAsync(Guid periodId, string city, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(periodId, city, cancellationToken))
        {
            return NotFound();
        }

        Message = done is "saved" or "submitted" or "approved" or "returned" ? text["indicators.form." + done].Value : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid periodId, string city, bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(periodId, city, cancellationToken))
        {
            return NotFound();
        }

        var entries = Indicators.Select(i => new ValueEntry(i.Code, Request.Form["v_" + i.Code].ToString())).ToList();
        var outcome = await save.RunAsync(DataScope.Of(User), periodId, city, entries, submit, cancellationToken: cancellationToken);
        return await AfterAsync(outcome.Errors, submit ? "submitted" : "saved", periodId, city, entries, cancellationToken);
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid periodId, string city, bool approve, string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(periodId, city, cancellationToken) || Report is null)
        {
            return NotFound();
        }

        if (!IsProvince)
        {
            return Forbid();
        }

        var outcome = await review.RunAsync(Report.Id, approve, reason, cancellationToken);
        return await AfterAsync(outcome.Errors, approve ? "approved" : "returned", periodId, city, null, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(IReadOnlyList<PlatformError> errors, string done, Guid periodId, string city, List<ValueEntry>? entered, CancellationToken cancellationToken)
    {
        if (errors.Count == 0)
        {
            return LocalRedirect($"/indicators/reports/{periodId}/{city}?done={done}");
        }

        db.ChangeTracker.Clear();
        await LoadAsync(periodId, city, cancellationToken);
        Errors = [.. errors.Select(e => IndicatorProblems.Message(text, e))];
        FieldsInError = errors.Select(e => e.Field).ToHashSet();
        if (entered is not null)
        {
            Entered = entered.ToDictionary(e => e.IndicatorCode, e => e.Value);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid periodId, string city, CancellationToken cancellationToken)
    {
        var period = await db.Set<ReportingPeriod>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        var place = await db.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Code == city, cancellationToken);
        if (period is null || place is null || !DataScope.Of(User).CanSeeCity(city))
        {
            return false;
        }

        (Period, CityName) = (period, place.Name);
        Indicators = await ReportTemplate.ReportedIndicatorsAsync(db, period.PlanCode, cancellationToken);
        Report = await db.Set<CityReport>().AsNoTracking().Include(r => r.Values).FirstOrDefaultAsync(r => r.PeriodId == periodId && r.CityCode == city, cancellationToken);
        Entered = Indicators.ToDictionary(i => i.Code, i => Report?.Values.FirstOrDefault(v => v.IndicatorCode == i.Code)?.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
