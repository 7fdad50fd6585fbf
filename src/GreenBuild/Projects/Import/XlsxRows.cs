using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GreenBuild.Projects.Import;

/// <summary>
/// Streams the rows of the project sheet of an .xlsx with the Open XML SDK's SAX reader, so memory does not grow
/// with the file. Before opening it, the archive's declared sizes are checked (a zip bomb is refused without being
/// inflated; .NET itself refuses an entry that inflates past its declared size). Hidden sheets are refused (data a
/// reviewer cannot see is not imported); formula cells are reported, never evaluated or taken at their cached value.
/// </summary>
internal static class XlsxRows
{
    public const string DataSheetName = "项目";

    /// <summary>Inflated sizes beyond which a workbook is not a project list but an attack or a mistake.</summary>
    public const long MaxInflatedBytes = 600L * 1024 * 1024, MaxRatio = 200, MaxEntries = 1000;

    public static IEnumerable<SheetRow> Read(Stream stream, List<CellProblem> problems)
    {
        CheckArchive(stream);
        stream.Position = 0;
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException)
        {
            throw new ImportFileException("projects.import.notXlsx");
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new ImportFileException("projects.import.notXlsx");
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            if (sheets.FirstOrDefault(s => s.State is not null && s.State.Value != SheetStateValues.Visible) is { } hidden)
            {
                throw new ImportFileException("projects.import.hiddenSheet", hidden.Name?.Value ?? "");
            }

            var sheet = sheets.FirstOrDefault(s => s.Name?.Value == DataSheetName) ?? sheets.FirstOrDefault()
                ?? throw new ImportFileException("projects.import.noSheet");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                throw new ImportFileException("projects.import.noSheet");
            }

            var shared = SharedStrings(workbook);
            foreach (var row in Rows(part, shared, problems))
            {
                yield return row;
            }
        }
    }

    /// <summary>Refuses archives whose entries declare more than they plausibly hold.</summary>
    private static void CheckArchive(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new ImportFileException("projects.import.zipBomb");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxInflatedBytes || (entry.Length > 1024 * 1024 && entry.Length > entry.CompressedLength * MaxRatio))
                {
                    throw new ImportFileException("projects.import.zipBomb");
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException("projects.import.notXlsx");
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }

        return strings;
    }

    private static IEnumerable<SheetRow> Rows(WorksheetPart part, List<string> shared, List<CellProblem> problems)
    {
        using var reader = OpenXmlReader.Create(part);
        var rowNumber = 0;
        Dictionary<int, string>? cells = null;
        HashSet<int>? numeric = null;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    var declared = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                    rowNumber = int.TryParse(declared, out var r) ? r : rowNumber + 1;
                    cells = [];
                    numeric = [];
                }
                else if (cells is not null)
                {
                    yield return new SheetRow(rowNumber, cells, numeric!);
                    cells = null;
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && cells is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                if (cell.CellFormula is not null)
                {
                    problems.Add(new CellProblem(rowNumber, column, "projects.import.formula"));
                    continue;
                }

                var (text, isNumber) = TextOf(cell, shared);
                if (text.Length > 0)
                {
                    cells[column] = text;
                    if (isNumber)
                    {
                        numeric!.Add(column);
                    }
                }
            }
        }
    }

    private static (string Text, bool IsNumber) TextOf(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return (cell.InlineString?.InnerText.Trim() ?? "", false);
        }

        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
        {
            return (int.TryParse(raw, out var i) && i >= 0 && i < shared.Count ? shared[i].Trim() : "", false);
        }

        if (type == CellValues.Boolean)
        {
            return (raw == "1" ? "是" : "否", false);
        }

        return (raw.Trim(), type is null || type == CellValues.Number);
    }

    /// <summary>"A1" → 0, "AB7" → 27.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = new StringBuilder();
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((i - 1) % 26)));
        }

        return name.ToString();
    }
}
