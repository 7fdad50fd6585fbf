using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GreenBuild.Projects.Import;

/// <summary>
/// Streams the rows of the project sheet of an .xlsx — the package and its parts opened by the Open XML SDK, the
/// sheet's XML read forward only — so memory does not grow with the file. Before opening it, the archive's declared
/// sizes are checked (a zip bomb is refused without being inflated; .NET itself refuses an entry that inflates past
/// its declared size). Hidden sheets are refused (data a reviewer cannot see is not imported); formula cells are
/// reported, never evaluated or taken at their cached value.
/// </summary>
internal static class XlsxRows
{
    public const string DataSheetName = "项目";

    /// <summary>Inflated sizes beyond which a workbook is not a project list but an attack or a mistake.</summary>
    public const long MaxInflatedBytes = 600L * 1024 * 1024, MaxRatio = 200, MaxEntries = 1000;

    public static IEnumerable<SheetRow> Read(Stream stream, List<CellProblem> problems, ReadShare? share = null)
    {
        var inflated = CheckArchive(stream);
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
            foreach (var row in Rows(part, inflated.GetValueOrDefault(part.Uri.OriginalString.TrimStart('/')), shared, problems, share))
            {
                yield return row;
            }
        }
    }

    /// <summary>Refuses archives whose entries declare more than they plausibly hold; else their inflated sizes by name.</summary>
    private static Dictionary<string, long> CheckArchive(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new ImportFileException("projects.import.zipBomb");
            }

            long total = 0;
            var sizes = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                sizes[entry.FullName] = entry.Length;
                if (total > MaxInflatedBytes || (entry.Length > 1024 * 1024 && entry.Length > entry.CompressedLength * MaxRatio))
                {
                    throw new ImportFileException("projects.import.zipBomb");
                }
            }

            return sizes;
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException("projects.import.notXlsx");
        }
    }

    /// <summary>
    /// The sheet's XML is read with .NET's own XmlReader rather than the SDK's element reader, which builds an element
    /// object for every tag (twice the time of the parse itself). No DTD is allowed and nothing outside the package
    /// is ever resolved; a sheet that is not well-formed XML refuses the file.
    /// </summary>
    private static readonly XmlReaderSettings SheetXml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true, IgnoreComments = true, IgnoreProcessingInstructions = true,
    };

    /// <summary>SpreadsheetML's namespaces: transitional (what Excel writes) and strict.</summary>
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main", StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /// <summary>The shared strings, each the text of its runs (phonetic guides left out, as Excel shows the cell).</summary>
    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return [];
        }

        using var sheet = new SheetXmlReader(part.GetStream(FileMode.Open, FileAccess.Read));
        return sheet.SharedStrings();
    }

    /// <summary>
    /// The rows: a row's number from its <c>r</c> (else the next one), each cell's column and type from its <c>r</c>
    /// (else the next column) and <c>t</c>, its value from <c>v</c> or, for an inline string, from its text runs; a
    /// cell with a formula is reported and not read.
    /// </summary>
    private static IEnumerable<SheetRow> Rows(WorksheetPart part, long inflatedLength, List<string> shared, List<CellProblem> problems, ReadShare? share)
    {
        var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var sheet = new SheetXmlReader(share is null ? stream : new CountingStream(stream, share, inflatedLength));
        while (sheet.NextRow(shared, problems) is { } row)
        {
            yield return row;
        }
    }

    /// <summary>Reads SpreadsheetML with an <see cref="XmlReader"/>, comparing atomized names (no string compares per tag).</summary>
    private sealed class SheetXmlReader : IDisposable
    {
        private readonly XmlReader reader;
        private readonly object row, cell, value, formula, inlineString, text, phonetic, stringItem, main, strict;
        private readonly StringBuilder runs = new();
        private int rowNumber;

        /// <summary>Columns of the widest row so far: a row's cells are allocated once at about their number.</summary>
        private int widest = 8;

        public SheetXmlReader(Stream stream)
        {
            reader = XmlReader.Create(stream, SheetXml);
            var names = reader.NameTable;
            (row, cell, value, formula) = (names.Add("row"), names.Add("c"), names.Add("v"), names.Add("f"));
            (inlineString, text, phonetic, stringItem) = (names.Add("is"), names.Add("t"), names.Add("rPh"), names.Add("si"));
            (main, strict) = (names.Add(MainNamespace), names.Add(StrictNamespace));
        }

        public void Dispose() => reader.Dispose();

        /// <summary>A part that is not well-formed XML (or has a DTD) refuses the file.</summary>
        public List<string> SharedStrings()
        {
            try
            {
                var strings = new List<string>();
                while (reader.Read())
                {
                    if (IsStart(stringItem))
                    {
                        strings.Add(RunsText());
                    }
                }

                return strings;
            }
            catch (XmlException)
            {
                throw new ImportFileException("projects.import.notXlsx");
            }
        }

        /// <summary>The next row of the sheet, or null at its end.</summary>
        public SheetRow? NextRow(List<string> shared, List<CellProblem> problems)
        {
            try
            {
                return ReadRow(shared, problems);
            }
            catch (XmlException)
            {
                throw new ImportFileException("projects.import.notXlsx");
            }
        }

        private SheetRow? ReadRow(List<string> shared, List<CellProblem> problems)
        {
            while (reader.Read())
            {
                if (!IsStart(row))
                {
                    continue;
                }

                rowNumber = int.TryParse(reader.GetAttribute("r"), out var r) ? r : rowNumber + 1;
                var cells = new Dictionary<int, string>(widest);
                var numeric = new HashSet<int>();
                if (reader.IsEmptyElement)
                {
                    return new SheetRow(rowNumber, cells, numeric);
                }

                var depth = reader.Depth;
                var column = -1;
                while (Next() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
                {
                    if (!IsStart(cell))
                    {
                        continue;
                    }

                    column = reader.GetAttribute("r") is { } reference ? ColumnIndex(reference) : column + 1;
                    var state = new CellState { Column = column, Type = reader.GetAttribute("t") };
                    ReadCell(ref state);
                    if (state.HasFormula)
                    {
                        problems.Add(new CellProblem(rowNumber, column, "projects.import.formula"));
                        continue;
                    }

                    var (cellText, isNumber) = TextOf(state, shared);
                    if (cellText.Length > 0)
                    {
                        cells[column] = cellText;
                        if (isNumber)
                        {
                            numeric.Add(column);
                        }
                    }
                }

                widest = Math.Max(widest, cells.Count);
                return new SheetRow(rowNumber, cells, numeric);
            }

            return null;
        }

        /// <summary>Reads a <c>c</c> element to its end: its formula mark, value and inline runs.</summary>
        private void ReadCell(ref CellState state)
        {
            if (reader.IsEmptyElement)
            {
                return;
            }

            var depth = reader.Depth;
            Next();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (IsStart(value))
                {
                    state.Value = reader.ReadElementContentAsString();
                }
                else if (IsStart(formula))
                {
                    state.HasFormula = true;
                    reader.Skip();
                }
                else if (IsStart(inlineString))
                {
                    state.Inline = state.Inline is null ? RunsText() : state.Inline + RunsText();
                    Next();
                }
                else
                {
                    Next();
                }
            }
        }

        /// <summary>The text of a string item (<c>si</c> or <c>is</c>): its <c>t</c>, or its runs' <c>t</c>, without phonetic runs.</summary>
        private string RunsText()
        {
            if (reader.IsEmptyElement)
            {
                return "";
            }

            // Most items are one t: its string is the text; runs are joined only when there are several.
            string? first = null;
            var several = false;
            runs.Clear();
            var depth = reader.Depth;
            Next();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (IsStart(text))
                {
                    var run = reader.ReadElementContentAsString();
                    if (first is null)
                    {
                        first = run;
                    }
                    else
                    {
                        if (!several)
                        {
                            runs.Append(first);
                            several = true;
                        }

                        runs.Append(run);
                    }
                }
                else if (IsStart(phonetic))
                {
                    reader.Skip();
                }
                else
                {
                    Next();
                }
            }

            return several ? runs.ToString() : first ?? "";
        }

        private bool IsStart(object localName) =>
            reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, localName)
            && (ReferenceEquals(reader.NamespaceURI, main) || ReferenceEquals(reader.NamespaceURI, strict));

        /// <summary>The next node inside an element: the part may not end there.</summary>
        private bool Next() => reader.Read() ? true : throw new ImportFileException("projects.import.notXlsx");
    }

    /// <summary>Passes a stream's bytes through, telling <see cref="ReadShare"/> how many were read.</summary>
    private sealed class CountingStream(Stream inner, ReadShare share, long length) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            read += n;
            share.Set(read, length);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>The cell being read: where it is, its type attribute, and what it held.</summary>
    private struct CellState
    {
        public int Column;
        public string? Type, Value, Inline;
        public bool HasFormula;
    }

    /// <summary>The cell's text as the user sees it: an inline string, a shared string, a boolean as 是/否, else its value.</summary>
    private static (string Text, bool IsNumber) TextOf(CellState cell, List<string> shared)
    {
        var raw = cell.Value ?? "";
        return cell.Type switch
        {
            "inlineStr" => ((cell.Inline ?? "").Trim(), false),
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
