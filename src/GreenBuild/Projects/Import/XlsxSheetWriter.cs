using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GreenBuild.Projects.Import;

/// <summary>A drop-down list on a range: inline values (at most 255 characters in all) or a formula such as 代码表!$A$2:$A$129.</summary>
internal sealed record XlsxValidation(string Range, string ListFormula, string? PromptTitle, string? Prompt);

/// <summary>A sheet to write: its rows (the first is the header, in bold), column widths, drop-down lists.</summary>
internal sealed record XlsxSheet(string Name, IEnumerable<IReadOnlyList<object?>> Rows, IReadOnlyList<double>? Widths = null,
    IReadOnlyList<XlsxValidation>? Validations = null, bool FreezeHeader = true);

/// <summary>
/// Writes workbooks with the Open XML SDK's streaming writer, so an export of 100,000 projects does not build the
/// sheet in memory. Text goes in as inline strings (never as formulas, so "=…" in a name stays text), numbers as
/// numbers, dates as yyyy-MM-dd text that the importer reads back.
/// </summary>
internal static class XlsxSheetWriter
{
    public static void Write(Stream output, params XlsxSheet[] sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        AddStyles(workbook);
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
        }

        workbook.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (sheet.FreezeHeader)
        {
            writer.WriteElement(new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }));
        }

        if (sheet.Widths is { Count: > 0 } widths)
        {
            writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        }

        writer.WriteStartElement(new SheetData());
        var rowIndex = 0;
        foreach (var values in sheet.Rows)
        {
            rowIndex++;
            writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", rowIndex.ToString(CultureInfo.InvariantCulture))]);
            for (var c = 0; c < values.Count; c++)
            {
                if (values[c] is not null)
                {
                    writer.WriteElement(CellOf(XlsxRows.ColumnName(c) + rowIndex, values[c]!, header: rowIndex == 1));
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        if (sheet.Validations is { Count: > 0 } validations)
        {
            writer.WriteElement(new DataValidations(validations.Select(v => new DataValidation(new Formula1(v.ListFormula))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowInputMessage = v.Prompt is not null, ShowErrorMessage = true,
                ErrorTitle = "输入值无效", Error = "请从下拉列表中选择", PromptTitle = v.PromptTitle, Prompt = v.Prompt,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = v.Range },
            })) { Count = (uint)validations.Count });
        }

        writer.WriteEndElement();
    }

    private static Cell CellOf(string reference, object value, bool header) => value switch
    {
        decimal or int or long or double => new Cell
        {
            CellReference = reference, DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        _ => new Cell
        {
            CellReference = reference, DataType = CellValues.InlineString, StyleIndex = header ? 1U : null,
            InlineString = new InlineString(new Text(Text(value)) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    private static string Text(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Two cell formats: 0 the default, 1 bold on a light green fill for headers.</summary>
    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE2EFDA" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat { FontId = 1, FillId = 2, BorderId = 0, ApplyFont = true, ApplyFill = true }) { Count = 2 });
    }
}
