using System.Globalization;

namespace GreenBuild.Projects.Import;

/// <summary>
/// 导入模板 — the workbook officials fill in: the sheet 项目 with a header per column, a drop-down list on every
/// choice column and on 所在地 (from the sheet 代码表), a hint on each column; the sheet 说明 explains every column.
/// All sheets are visible (the importer refuses hidden sheets, so the template must not have any).
/// </summary>
internal static class ProjectTemplate
{
    public const string CodeSheet = "代码表", GuideSheet = "说明";

    /// <summary>Rows with drop-down lists: enough for a year of projects in the largest city.</summary>
    public const int ListRows = 20000;

    public static void Write(Stream output, PlaceNames places, IEnumerable<IReadOnlyList<object?>>? dataRows = null)
    {
        var columns = ProjectColumns.All;
        var header = (IReadOnlyList<object?>)[.. columns.Select(c => (object?)c.Header)];
        var validations = columns.Select((c, i) => Validation(c, i, places.ListEntries.Count)).OfType<XlsxValidation>().ToList();
        var guide = new List<IReadOnlyList<object?>> { new object?[] { "列", "表头", "必填", "填写说明", "可选值" } };
        guide.AddRange(columns.Select((c, i) => (IReadOnlyList<object?>)
            [XlsxRows.ColumnName(i), c.HeaderZh, c.Required ? "是" : "", c.Hint, string.Join("、", c.Choices.Select(x => x.Label))]));
        guide.Add(["", "", "", "同一项目编号再次导入即更新该项目；内容未变的行不作任何修改。", ""]);
        guide.Add(["", "", "", "任何一行有错误时整个文件都不导入；请按错误报告的行号和列号修改后重新上传。", ""]);
        guide.Add(["", "", "", "请勿使用公式、隐藏工作表；CSV 文件请使用 UTF-8 或 GBK 编码。", ""]);
        var codes = new List<IReadOnlyList<object?>> { new object?[] { "所在地（行政区划代码 名称）" } };
        codes.AddRange(places.ListEntries.Select(e => (IReadOnlyList<object?>)[e]));
        XlsxSheetWriter.Write(output,
            new XlsxSheet(XlsxRows.DataSheetName, [header, .. dataRows ?? []], [.. columns.Select(c => Math.Max(12d, c.Header.Length * 2.2))], validations),
            new XlsxSheet(GuideSheet, guide, [6, 26, 6, 60, 60]),
            new XlsxSheet(CodeSheet, codes, [36]));
    }

    private static XlsxValidation? Validation(ProjectColumn column, int index, int placeCount)
    {
        var letter = XlsxRows.ColumnName(index);
        var range = string.Create(CultureInfo.InvariantCulture, $"{letter}2:{letter}{ListRows + 1}");
        return column.Kind switch
        {
            ColumnKind.Place => new XlsxValidation(range, string.Create(CultureInfo.InvariantCulture, $"{CodeSheet}!$A$2:$A${placeCount + 1}"), column.HeaderZh, column.Hint),
            ColumnKind.Choice => new XlsxValidation(range, "\"" + string.Join(",", column.Choices.Select(c => c.Label)) + "\"", column.HeaderZh, column.Hint),
            _ => null,
        };
    }
}
