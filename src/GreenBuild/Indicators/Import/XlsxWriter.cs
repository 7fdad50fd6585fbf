using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GreenBuild.Indicators.Import;

/// <summary>Writes simple workbooks (one header row, then values) with the OpenXML SDK: text as inline strings, numbers as numbers.</summary>
internal static class XlsxWriter
{
    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static byte[] Build(params Sheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < sheet.Rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < sheet.Rows[r].Count; c++)
                    {
                        row.Append(CellOf(XlsxReader.ColumnName(c) + (r + 1), sheet.Rows[r][c]));
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 40, Width = 22, CustomWidth = true }), data);
                workbook.Workbook.Sheets!.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
                {
                    Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name,
                });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell CellOf(string reference, object? value) => value switch
    {
        null => new Cell { CellReference = reference },
        decimal or int or double or long => new Cell
        {
            CellReference = reference, DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        _ => new Cell
        {
            CellReference = reference, DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture)!) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };
}
