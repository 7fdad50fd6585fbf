using System.Globalization;
using System.Text.Json;
using GreenBuild.Energy.Benchmarking;
using GreenBuild.Energy.Quotas;
using GreenBuild.Platform.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Pages;

/// <summary>楼宇能耗 — one building: load curve, daily and monthly charts, sub-items, quality flags, EUI against GB/T 51161, the surcharge bill.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class BuildingModel(ReadBuilding read, ComputeBill bills, IStringLocalizer<Platform.Localization.UiText> text) : PageModel
{
    public BuildingReport Report { get; private set; } = null!;

    public BuildingBill? Bill { get; private set; }

    public string? BillRefusal { get; private set; }

    /// <summary>The charts' data, as JSON in a data attribute (the Content-Security-Policy forbids inline scripts).</summary>
    public string ChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string code, int? year, DateOnly? month, DateOnly? day, CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        if (await read.RunAsync(scope, code, year, month, day, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        var (bill, refusal) = await bills.RunAsync(scope, code, report.Year, cancellationToken);
        (Bill, BillRefusal) = (bill, refusal is null ? null : text[refusal.MessageKey, refusal.Arguments].Value);
        var curves = report.Curve.Where(c => report.Meters.Any(m => m.Code == c.Key && m.ParentCode is null))
            .ToDictionary(c => c.Key, c => c.Value.Select(p => new object[] { p.EndLocal.ToString("HH:mm", CultureInfo.InvariantCulture), p.Energy, p.Counted ? "" : p.Flags.ToString() }));
        var subItems = report.Yearly.Where(y => y.Key.StartsWith("01", StringComparison.Ordinal) && y.Key[2] != '0')
            .Select(y => new { name = report.CodeNames.GetValueOrDefault(y.Key, y.Key), value = y.Value });
        ChartJson = JsonSerializer.Serialize(new
        {
            months = Enumerable.Range(1, 12).Select(m => m + "月"),
            monthly = report.Monthly.Where(m => m.Key.EndsWith("000", StringComparison.Ordinal)).Select(m => new { name = Label(m.Key), data = m.Value }),
            days = Enumerable.Range(1, report.Daily.Values.FirstOrDefault()?.Length ?? 0).Select(d => d.ToString(CultureInfo.InvariantCulture)),
            daily = report.Daily.Select(d => new { name = Label(d.Key), data = d.Value }),
            curve = curves.Select(c => new { name = c.Key, points = c.Value }),
            subItems,
        });
        return Page();
    }

    private string Label(string code) => $"{Report.CodeNames.GetValueOrDefault(code, code)}（{Unit(code)}）";

    public static string Unit(string code) => code[..2] switch { "01" => "kWh", "04" or "05" => "GJ", "02" or "03" => "m³", _ => "kgce" };
}
