using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GreenBuild.Energy.Benchmarking;

/// <summary>排名导出 — the ranking as CSV (UTF-8 with BOM, for Excel) or as an .xlsx written with the SAX writer (streams any size).</summary>
public static class RankingExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Header =
        ["排名", "市内排名", "建筑编码", "建筑名称", "行政区划", "建筑类型", "建筑面积(m²)", "用电(kWh)", "供热(GJ)", "燃气(m³)", "能耗强度(kWh/(m²·a))", "能耗强度(kgce/(m²·a))", "约束值", "引导值", "评价", "定额(kWh/(m²·a))", "占定额(%)"];

    public static IEnumerable<object?[]> Rows(IEnumerable<BuildingEui> rows, Func<BuildingEui, string> band) => rows.Select(r => new object?[]
    {
        r.Rank, r.CityRank, r.Code, r.Name, r.CityCode, r.BuildingType.ToString(), r.FloorArea, r.ElectricityKwh, r.HeatGj, r.GasM3, r.EuiKwh, r.EuiKgce,
        r.Constraint, r.Guide, band(r), r.QuotaKwhPerM2, r.PercentOfQuota,
    });

    public static byte[] Csv(IEnumerable<object?[]> rows)
    {
        var text = new StringBuilder("\uFEFF").AppendLine(string.Join(',', Header));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(',', row.Select(Field)));
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Xlsx(IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                Write(writer, Header);
                foreach (var row in rows)
                {
                    Write(writer, row);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "能耗排名" }));
        }

        return stream.ToArray();
    }

    private static void Write(OpenXmlWriter writer, IEnumerable<object?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            var cell = value switch
            {
                null => new Cell(),
                int or decimal or long => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
            };
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static string Field(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
