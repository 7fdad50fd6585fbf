using GreenBuild.Indicators.Import;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Indicators.Assessment;

/// <summary>The assessment as Excel: the ranked table with each item's score, and the breakdown; or one city's report.</summary>
public static class ExportAssessment
{
    public static byte[] Build(AssessmentResult result, IReadOnlyDictionary<string, string> indicatorNames, IStringLocalizer text, string? cityCode = null)
    {
        string T(string key) => text["indicators.export." + key].Value;
        var codes = (result.Cities.Count > 0 ? result.Cities[0].Items : []).Select(i => i.IndicatorCode).ToList();
        var cities = result.Cities.Where(c => cityCode is null || c.CityCode == cityCode).ToList();
        var ranking = new List<IReadOnlyList<object?>>
        {
            new List<object?> { T("rank"), T("cityCode"), T("city"), T("total") }.Concat(codes.Select(c => (object?)indicatorNames.GetValueOrDefault(c, c))).ToList(),
        };
        ranking.AddRange(cities.Select(c => (IReadOnlyList<object?>)new List<object?> { c.Rank, c.CityCode, c.CityName, c.Total }
            .Concat(c.Items.Select(i => (object?)i.Score)).ToList()));

        var detail = new List<IReadOnlyList<object?>> { new List<object?> { T("city"), T("indicator"), T("weight"), T("rule"), T("value"), T("yearTarget"), T("ratio"), T("share"), T("score") } };
        detail.AddRange(cities.SelectMany(c => c.Items.Select(i => (IReadOnlyList<object?>)new List<object?>
        {
            c.CityName, indicatorNames.GetValueOrDefault(i.IndicatorCode, i.IndicatorCode), i.Weight, i.Rule.ToString(), i.Value, i.YearTarget, i.Ratio, i.Share, i.Score,
        })));
        var about = new List<IReadOnlyList<object?>>
        {
            new List<object?> { T("scheme"), $"{result.SchemeName} v{result.SchemeVersion}" },
            new List<object?> { T("year"), result.Year },
        };
        return XlsxWriter.Build(new XlsxWriter.Sheet(T("sheet.ranking"), ranking), new XlsxWriter.Sheet(T("sheet.detail"), detail), new XlsxWriter.Sheet(T("sheet.scheme"), about));
    }
}
