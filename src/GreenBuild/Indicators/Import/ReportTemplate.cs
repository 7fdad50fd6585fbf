using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators.Import;

/// <summary>
/// 填报模板 — the Excel template of a period: one row per city the caller may report for, one column per
/// reported indicator (header "CODE 名称（单位）"), pre-filled with the values already saved.
/// </summary>
public sealed class ReportTemplate(GreenBuildDb db)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The template's fixed texts are Chinese whatever the UI language: the import checks them.</summary>
    private static readonly IReadOnlyDictionary<string, string> Zh = Platform.Localization.JsonStringLocalizer.TableFor("zh-CN");

    public static string CityCodeHeader => Zh["indicators.template.cityCode"];

    public static string CityNameHeader => Zh["indicators.template.city"];

    public static string HeaderOf(Indicator i) => $"{i.Code} {i.NameZh}（{i.Unit}）";

    public async Task<byte[]?> BuildAsync(Guid periodId, DataScope scope, CancellationToken cancellationToken = default)
    {
        var period = await db.Set<ReportingPeriod>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        if (period is null)
        {
            return null;
        }

        var indicators = await ReportedIndicatorsAsync(db, period.PlanCode, cancellationToken);
        var cities = await scope.WithinCity(db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.Prefecture), p => p.Code)
            .OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var saved = await db.Set<CityReport>().AsNoTracking().Include(r => r.Values).Where(r => r.PeriodId == periodId).ToListAsync(cancellationToken);
        var rows = new List<IReadOnlyList<object?>>();
        rows.Add([CityCodeHeader, CityNameHeader, .. indicators.Select(HeaderOf)]);
        foreach (var city in cities)
        {
            var values = saved.FirstOrDefault(r => r.CityCode == city.Code)?.Values ?? [];
            rows.Add([city.Code, city.Name, .. indicators.Select(i => (object?)values.FirstOrDefault(v => v.IndicatorCode == i.Code)?.Value)]);
        }

        var notes = new List<IReadOnlyList<object?>>();
        notes.Add([Zh["indicators.template.period"], period.Label]);
        notes.AddRange(indicators.Select(i => (IReadOnlyList<object?>)[HeaderOf(i), $"{i.MinValue:0.##} – {i.MaxValue:0.##} {i.Unit}"]));
        return XlsxWriter.Build(new XlsxWriter.Sheet(Zh["indicators.template.sheet"], rows), new XlsxWriter.Sheet(Zh["indicators.template.notes"], notes));
    }

    internal static async Task<List<Indicator>> ReportedIndicatorsAsync(GreenBuildDb db, string planCode, CancellationToken cancellationToken) =>
        (await db.Set<Indicator>().AsNoTracking().Where(i => i.PlanCode == planCode && i.ObtainedBy == ObtainedBy.Reported).ToListAsync(cancellationToken))
        .OrderBy(i => i.SortOrder).ToList();
}
