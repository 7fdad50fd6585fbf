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

    /// <summary>The shared strings, each the text of all its runs (as the item's inner text), read without building elements.</summary>
    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        var text = new StringBuilder();
        var inItem = false;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    (inItem, text.Length) = (true, 0);
                }
                else if (inItem)
                {
                    strings.Add(text.ToString());
                    inItem = false;
                }
            }
            else if (inItem && reader.ElementType == typeof(Text) && reader.IsStartElement)
            {
                text.Append(reader.GetText());
            }
        }

        return strings;
    }

    /// <summary>
    /// The rows, read element by element with the SDK's reader (no cell objects are built): a row's number from its
    /// <c>r</c>, each cell's column and type from its <c>r</c> and <c>t</c>, its value from <c>v</c> or, for an inline
    /// string, from all its text runs; a cell with a formula is reported and not read.
    /// </summary>
    private static IEnumerable<SheetRow> Rows(WorksheetPart part, List<string> shared, List<CellProblem> problems)
    {
        using var reader = OpenXmlReader.Create(part);
        var rowNumber = 0;
        Dictionary<int, string>? cells = null;
        HashSet<int>? numeric = null;
        var cell = new CellState();
        var inline = new StringBuilder();
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    rowNumber = int.TryParse(Attribute(reader, "r"), out var r) ? r : rowNumber + 1;
                    cells = [];
                    numeric = [];
                }
                else if (cells is not null)
                {
                    yield return new SheetRow(rowNumber, cells, numeric!);
                    cells = null;
                }
            }
            else if (cells is null)
            {
                continue;
            }
            else if (type == typeof(Cell))
            {
                if (reader.IsStartElement)
                {
                    cell = new CellState { Column = cells.Count, Open = true };
                    foreach (var attribute in reader.Attributes)
                    {
                        if (attribute.LocalName == "r" && attribute.Value is { } reference)
                        {
                            cell.Column = ColumnIndex(reference);
                        }
                        else if (attribute.LocalName == "t")
                        {
                            cell.Type = attribute.Value;
                        }
                    }

                    inline.Clear();
                }
                else if (cell.Open)
                {
                    cell.Open = false;
                    if (cell.HasFormula)
                    {
                        problems.Add(new CellProblem(rowNumber, cell.Column, "projects.import.formula"));
                        continue;
                    }

                    var (text, isNumber) = TextOf(cell, inline, shared);
                    if (text.Length > 0)
                    {
                        cells[cell.Column] = text;
                        if (isNumber)
                        {
                            numeric!.Add(cell.Column);
                        }
                    }
                }
            }
            else if (!cell.Open || !reader.IsStartElement)
            {
                continue;
            }
            else if (type == typeof(CellFormula))
            {
                cell.HasFormula = true;
            }
            else if (type == typeof(CellValue))
            {
                cell.Value = reader.GetText();
            }
            else if (type == typeof(Text))
            {
                inline.Append(reader.GetText());
            }
        }
    }

    /// <summary>The cell being read: where it is, its type attribute, and what it held.</summary>
    private struct CellState
    {
        public int Column;
        public string? Type, Value;
        public bool Open, HasFormula;
    }

    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The cell's text as the user sees it: an inline string, a shared string, a boolean as 是/否, else its value.</summary>
    private static (string Text, bool IsNumber) TextOf(CellState cell, StringBuilder inline, List<string> shared)
    {
        var raw = cell.Value ?? "";
        return cell.Type switch
        {
            "inlineStr" => (inline.ToString().Trim(), false),
            "s" => (int.TryParse(raw, out var i) && i >= 0 && i < shared.Count ? shared[i].Trim() : "", false),
            "b" => (raw == "1" ? "是" : "否", false),
            null or "n" => (raw.Trim(), true),
            _ => (raw.Trim(), false),
        };
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
