namespace GreenBuild.Indicators.Api;

/// <summary>An indicator's figure as the API and the dashboard script read it.</summary>
public sealed record FigureDto(
    string Code, string NameZh, string NameEn, string Unit, string Direction, string Measure, string ObtainedBy, string? Query,
    string Section, bool InColumnTable, bool IsPublic, decimal? Baseline, string? BaselineNote, decimal? Target, string? TargetNote,
    string? CityCode, decimal? Latest, int? LatestYear, decimal? Expected, decimal? Projection, IndicatorStatus Status, string Rule,
    IReadOnlyList<YearValue> Series)
{
    public static FigureDto From(IndicatorFigure f)
    {
        var i = f.Indicator;
        return new(i.Code, i.NameZh, i.NameEn, i.Unit, i.Direction.ToString(), i.Measure.ToString(), i.ObtainedBy.ToString(), i.Query,
            i.Section, i.InColumnTable, i.IsPublic, i.BaselineValue, i.BaselineNote, f.Target, i.TargetNote, f.CityCode,
            f.Result.Latest?.Value, f.Result.Latest?.Year, f.Result.Expected, f.Result.Projection, f.Result.Status, f.Result.RuleKey, f.Series);
    }
}
