using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// The collector's Excel (.xlsx): the first worksheet, a header row with the CSV's column names (表计编码, 时间, 读数,
/// 单位), times as text with their zone. Read with the SAX reader, so large workbooks stream.
/// </summary>
internal static class ExcelReadingSource
{
    public static async Task ReadAsync(Stream content, IReadingSink sink, CancellationToken cancellationToken)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(content, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            sink.Unreadable("energy.xlsx", "error.energy.xlsx");
            return;
        }

        using (document)
        {
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id)
            {
                sink.Unreadable("energy.xlsx", "error.energy.xlsx");
                return;
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(id));
            int[]? columns = null;
            while (sink.Accepting && reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                var line = (int)(row.RowIndex?.Value ?? 0);
                var cells = Cells(row, shared);
                if (columns is null)
                {
                    var header = Enumerable.Range(0, cells.Count == 0 ? 0 : cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i, "")).ToList();
                    columns = [ReadingColumns.Find(header, ReadingColumns.Meter), ReadingColumns.Find(header, ReadingColumns.Time),
                        ReadingColumns.Find(header, ReadingColumns.Value), ReadingColumns.Find(header, ReadingColumns.Unit)];
                    if (columns[0] < 0 || columns[1] < 0 || columns[2] < 0)
                    {
                        sink.Unreadable("energy.xlsx.header", "error.energy.header", string.Join(",", header));
                        return;
                    }

                    continue;
                }

                if (cells.Count == 0)
                {
                    continue;
                }

                if (sink.Line(line, cells.GetValueOrDefault(columns[0], ""), cells.GetValueOrDefault(columns[1], ""), cells.GetValueOrDefault(columns[2], ""),
                        columns[3] < 0 ? "" : cells.GetValueOrDefault(columns[3], "")))
                {
                    await sink.FlushAsync(cancellationToken);
                }
            }

            if (columns is null)
            {
                sink.Unreadable("energy.xlsx.header", "error.energy.header", "");
            }
        }
    }

    private static Dictionary<int, string> Cells(Row row, List<string> shared)
    {
        var cells = new Dictionary<int, string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference?.Value ?? "");
            var text = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var s) && s < shared.Count ? shared[s]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                : cell.CellValue?.Text ?? "";
            if (column >= 0 && text.Length > 0)
            {
                cells[column] = text;
            }
        }

        return cells;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            letters++;
        }

        return letters == 0 ? -1 : index - 1;
    }
}
