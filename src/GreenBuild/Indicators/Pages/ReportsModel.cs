using GreenBuild.Indicators.Import;
using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Indicators.Pages;

/// <summary>指标填报 — the periods, each city's report status for a period, the Excel template and upload; the province opens and closes periods.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class ReportsModel(GreenBuildDb db, ManageReportingPeriods periods, ImportCityReports import, IStringLocalizer<Platform.Localization.UiText> text) : PageModel
{
    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public ReportingPeriod? Selected { get; private set; }

    public IReadOnlyList<(Place City, CityReport? Report)> Rows { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsProvince => DataScope.Of(User).IsProvince;

    public async Task OnGetAsync(Guid? period, CancellationToken cancellationToken)
    {
        Periods = [.. (await db.Set<ReportingPeriod>().AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(p => p.Year).ThenBy(p => p.Quarter)];
        Selected = Periods.FirstOrDefault(p => p.Id == period) ?? Periods.FirstOrDefault(p => p.IsOpen) ?? (Periods.Count > 0 ? Periods[0] : null);
        if (Selected is null)
        {
            return;
        }

        var cities = await DataScope.Of(User).WithinCity(db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.Prefecture), p => p.Code)
            .OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var reports = await db.Set<CityReport>().AsNoTracking().Where(r => r.PeriodId == Selected.Id).ToListAsync(cancellationToken);
        Rows = [.. cities.Select(c => (c, reports.FirstOrDefault(r => r.CityCode == c.Code)))];
    }

    public async Task<IActionResult> OnPostOpenAsync(int year, int? quarter, CancellationToken cancellationToken)
    {
        if (!IsProvince)
        {
            return Forbid();
        }

        var outcome = await periods.OpenAsync(year, quarter, cancellationToken);
        Errors = [.. outcome.Errors.Select(e => IndicatorProblems.Message(text, e))];
        await OnGetAsync(outcome.Value?.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!IsProvince)
        {
            return Forbid();
        }

        var outcome = await periods.CloseAsync(id, cancellationToken);
        Errors = [.. outcome.Errors.Select(e => IndicatorProblems.Message(text, e))];
        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(Guid period, IFormFile? file, CancellationToken cancellationToken)
    {
        var bytes = Array.Empty<byte>();
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        var outcome = await import.RunAsync(period, bytes, DataScope.Of(User), cancellationToken);
        Errors = [.. outcome.Errors.Select(e => IndicatorProblems.Message(text, e))];
        Message = outcome.Succeeded ? text["indicators.import.done", outcome.Value].Value : null;
        await OnGetAsync(period, cancellationToken);
        return Page();
    }
}
