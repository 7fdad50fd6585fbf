using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GreenBuild.Projects.Import;

namespace GreenBuild.Tests.Projects;

/// <summary>
/// Project files for import tests: rows by field name, written as the template's workbook (by the Open XML SDK,
/// read back by the importer), as CSV in UTF-8 or GBK, and hostile variants (formulas, hidden sheets, zip bombs).
/// </summary>
public static class ProjectFiles
{
    /// <summary>A valid urban residential project reviewed in 2024 that meets every rule.</summary>
    public static Dictionary<string, string> Residential(string code, string city = "140105") => new()
    {
        ["code"] = code, ["name"] = $"测试住宅小区 {code}", ["cityCode"] = city, ["location"] = "长风街 1 号", ["ownerName"] = "山西测试置业有限公司",
        ["stage"] = "施工图审查", ["buildingType"] = "居住", ["subtype"] = "住宅", ["funding"] = "社会资本", ["floorAreaAbove"] = "32000",
        ["floorAreaBelow"] = "8000", ["storeys"] = "18", ["height"] = "54.6", ["initiationDate"] = "2024-01-15", ["designReviewDate"] = "2024-05-10",
        ["energyStandardPercent"] = "75", ["greenLevel"] = "基本级", ["solarThermalArea"] = "900",
    };

    public static string[] Headers => [.. ProjectColumns.All.Select(c => c.Header)];

    public static string[] Row(IReadOnlyDictionary<string, string> values) =>
        [.. ProjectColumns.All.Select(c => values.GetValueOrDefault(c.Field, ""))];

    /// <summary>The rows as a workbook with the template's sheet and headers (text cells).</summary>
    public static byte[] Xlsx(IEnumerable<IReadOnlyDictionary<string, string>> rows, Action<WorkbookPart, SheetData>? tamper = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var data = new SheetData();
            Append(data, 1, Headers);
            var number = 2;
            foreach (var row in rows)
            {
                Append(data, number++, Row(row));
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "项目" });
            tamper?.Invoke(workbook, data);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A workbook whose sheet 项目 is fine but which has a second, hidden sheet.</summary>
    public static byte[] WithHiddenSheet(IEnumerable<IReadOnlyDictionary<string, string>> rows) => Xlsx(rows, (workbook, _) =>
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        Append(data, 1, ["隐藏数据"]);
        part.Worksheet = new Worksheet(data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 2, Name = "隐藏", State = SheetStateValues.Hidden });
    });

    /// <summary>A workbook where the floor area of the first data row is a formula (=1+1) with a cached value.</summary>
    public static byte[] WithFormula(IEnumerable<IReadOnlyDictionary<string, string>> rows) => Xlsx(rows, (_, data) =>
    {
        var column = XlsxRows.ColumnName(ProjectColumns.All.ToList().FindIndex(c => c.Field == "floorAreaAbove"));
        var cell = data.Elements<Row>().ElementAt(1).Elements<Cell>().First(c => c.CellReference!.Value == column + "2");
        cell.DataType = null;
        cell.InlineString = null;
        cell.CellFormula = new CellFormula("1+1");
        cell.CellValue = new CellValue("2");
    });

    /// <summary>
    /// A workbook whose project name (row 2) is a shared string of two formatted runs and a phonetic guide, whose
    /// location is an inline string of two runs, and whose name cell has no reference (it follows the code cell).
    /// </summary>
    public static byte[] WithRichText(IEnumerable<IReadOnlyDictionary<string, string>> rows, string[] nameRuns, string[] locationRuns) => Xlsx(rows, (workbook, data) =>
    {
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable(new SharedStringItem(
            [.. nameRuns.Select(t => new Run(new RunProperties(new Bold()), new Text(t) { Space = SpaceProcessingModeValues.Preserve })),
            new PhoneticRun(new Text("pinyin")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }]));
        var row = data.Elements<Row>().ElementAt(1);
        var name = row.Elements<Cell>().First(c => c.CellReference!.Value == ColumnOf("name") + "2");
        var location = row.Elements<Cell>().First(c => c.CellReference!.Value == ColumnOf("location") + "2");
        name.InlineString = null;
        name.DataType = CellValues.SharedString;
        name.CellValue = new CellValue("0");
        name.CellReference = null;
        location.InlineString = new InlineString([.. locationRuns.Select(t => new Run(new Text(t) { Space = SpaceProcessingModeValues.Preserve }))]);
    });

    /// <summary>The workbook with its sheet's XML changed as text (for XML a writer would never produce).</summary>
    public static byte[] WithSheetXml(IEnumerable<IReadOnlyDictionary<string, string>> rows, Func<string, string> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(Xlsx(rows));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
            writer.Write(edit(xml));
        }

        return stream.ToArray();
    }

    private static string ColumnOf(string field) => XlsxRows.ColumnName(ProjectColumns.All.ToList().FindIndex(c => c.Field == field));

    /// <summary>A zip that claims to be a workbook but holds an entry that inflates a thousandfold (10 MB of zeros).</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 10; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Csv(IEnumerable<IReadOnlyDictionary<string, string>> rows, Encoding encoding, bool bom = false)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", Headers.Select(Quote)));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(",", Row(row).Select(Quote)));
        }

        var body = encoding.GetBytes(text.ToString());
        return bom ? [.. encoding.GetPreamble(), .. body] : body;
    }

    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GBK");
        }
    }

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    private static void Append(SheetData data, int number, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var c = 0; c < values.Count; c++)
        {
            if (values[c].Length > 0)
            {
                row.Append(new Cell
                {
                    CellReference = XlsxRows.ColumnName(c) + number, DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(values[c])),
                });
            }
        }

        data.Append(row);
    }
}
