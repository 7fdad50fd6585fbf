using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GreenBuild.Indicators.Import;

/// <summary>Reads the first worksheet of a workbook as text cells by row and column, and its merged ranges.</summary>
internal static class XlsxReader
{
    public sealed record SheetContent(IReadOnlyDictionary<int, IReadOnlyDictionary<int, string>> Rows, IReadOnlyList<string> MergedRanges);

    /// <summary>Null when the bytes are not an .xlsx workbook with a worksheet.</summary>
    public static SheetContent? Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id)
            {
                return null;
            }

            var sheet = (WorksheetPart)workbook.GetPartById(id);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new Dictionary<int, IReadOnlyDictionary<int, string>>();
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var cells = new Dictionary<int, string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var (column, rowIndex) = Split(cell.CellReference?.Value ?? "");
                    var text = TextOf(cell, shared);
                    if (rowIndex > 0 && text.Length > 0)
                    {
                        cells[column] = text;
                        rows[rowIndex] = cells;
                    }
                }
            }

            var merged = sheet.Worksheet.Descendants<MergeCell>().Select(m => m.Reference?.Value ?? "").ToList();
            return new SheetContent(rows, merged);
        }
        catch (Exception ex) when (ex is System.IO.FileFormatException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    private static (int Column, int Row) Split(string reference)
    {
        var letters = new string([.. reference.TakeWhile(char.IsLetter)]);
        var column = letters.Aggregate(0, (acc, ch) => (acc * 26) + (char.ToUpperInvariant(ch) - 'A' + 1)) - 1;
        return (column, int.TryParse(reference[letters.Length..], out var row) ? row : 0);
    }

    private static string TextOf(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText.Trim() ?? "";
        }

        var raw = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var i) && i < shared.Count ? shared[i].Trim() : raw.Trim();
    }
}
