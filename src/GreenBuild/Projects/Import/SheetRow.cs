namespace GreenBuild.Projects.Import;

/// <summary>
/// One row of an uploaded sheet: its 1-based row number as the user sees it, the cell texts by column index, and
/// the cells that were numbers in the workbook (a number in a date column is an Excel date serial).
/// </summary>
internal sealed record SheetRow(int Number, IReadOnlyDictionary<int, string> Cells, IReadOnlySet<int> NumericCells)
{
    public bool IsEmpty => Cells.Values.All(string.IsNullOrWhiteSpace);
}

/// <summary>A problem that refuses a whole file before any row is read (encoding, format, hidden sheet, size …).</summary>
public sealed class ImportFileException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;

    public object[] Arguments { get; } = arguments;
}

/// <summary>A cell that may not be imported (a formula): refused with its row and column.</summary>
internal sealed record CellProblem(int Row, int Column, string MessageKey);
