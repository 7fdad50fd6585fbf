using System.Data;
using System.Security.Cryptography;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Import;

/// <summary>
/// 批量导入 — reads a project file (.xlsx of the template, or its CSV in UTF-8 or GBK), checks every row as a single
/// save would (validation, scope, organizations, rules, stage transitions) and reports each problem with its row,
/// column and value. With <c>commit</c>, and only when no row has an error, writes all rows in one transaction:
/// all or nothing, and re-importing the same file changes nothing (the project code identifies the project).
/// Cancelling, or the process dying, before the commit leaves the database as it was.
/// </summary>
public sealed class ImportProjects(GreenBuildDb db, PlanProjectChanges planner, ApplyProjectChanges writer, IStringLocalizer<UiText> text)
{
    public const int MaxRows = 100_000;

    public const long MaxFileBytes = 50L * 1024 * 1024;

    public async Task<ImportReport> RunAsync(DataScope scope, string fileName, byte[] bytes, bool commit,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        progress?.Report(new ImportProgress(ImportPhase.Reading, 0, 0));
        var read = await ReadAsync(bytes, progress, cancellationToken);
        if (read.FileErrors.Count > 0 || read.Rows.Count == 0)
        {
            var errors = read.FileErrors.Count > 0 ? read.FileErrors : [Issue(0, null, null, "import.empty", text["projects.import.empty"])];
            return Report(fileName, sha256, read.Rows.Count, null, errors, [], false);
        }

        await using var cache = commit ? await SqlitePageCache.EnlargeAsync(db, cancellationToken) : null;
        await using var transaction = commit ? await BeginAsync(cancellationToken) : null;
        var inputs = read.Rows.Select(r => r.Input).ToList();
        var plan = await planner.RunAsync(scope, inputs,
            new ImmediateProgress<int>(done => progress?.Report(new ImportProgress(ImportPhase.Checking, done, inputs.Count))), cancellationToken);
        var issues = new List<ImportIssue>(read.CellErrors);
        var findings = new List<ImportFinding>();
        foreach (var row in plan.Rows)
        {
            var parsed = read.Rows[row.Index];
            var sheetRow = parsed.Row;

            // A cell that could not be read is reported once, not again as the empty value it was read as.
            var unreadable = parsed.Errors.Select(e => e.Column).ToHashSet();
            issues.AddRange(row.Errors.Select(e => FieldIssue(read.Parser!, parsed, e)).Where(i => i.Column is null || !unreadable.Contains(XlsxRows.ColumnIndex(i.Column))));
            findings.AddRange(row.Check.Findings.Select(f => new ImportFinding(sheetRow, row.Result.Code, f.RuleCode, f.Severity, f.Title,
                f.Actual, $"{f.Operator} {f.Required}", $"{f.Source.Document} {f.Source.Section}")));
        }

        issues.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : string.CompareOrdinal(a.Column, b.Column));
        if (!commit || issues.Count > 0)
        {
            progress?.Report(new ImportProgress(ImportPhase.Done, inputs.Count, inputs.Count));
            return Report(fileName, sha256, read.Rows.Count, plan, issues, findings, false);
        }

        await writer.RunAsync(plan, CheckTrigger.Import,
            new ImmediateProgress<int>(done => progress?.Report(new ImportProgress(ImportPhase.Writing, done, inputs.Count))), cancellationToken);
        await transaction!.CommitAsync(cancellationToken);
        progress?.Report(new ImportProgress(ImportPhase.Done, inputs.Count, inputs.Count));
        return Report(fileName, sha256, read.Rows.Count, plan, issues, findings, true);
    }

    private sealed record ReadResult(ProjectRowParser? Parser, List<ParsedRow> Rows, List<ImportIssue> CellErrors, List<ImportIssue> FileErrors);

    /// <summary>Reads the header and every data row; file-level problems stop reading at once.</summary>
    private async Task<ReadResult> ReadAsync(byte[] bytes, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var rows = new List<ParsedRow>();
        var cellErrors = new List<ImportIssue>();
        if (bytes.Length > MaxFileBytes)
        {
            return new(null, rows, cellErrors, [Issue(0, null, null, "import.tooLarge", text["projects.import.tooLarge", MaxFileBytes / 1024 / 1024])]);
        }

        var places = await PlaceNames.LoadAsync(db, cancellationToken);
        var problems = new List<CellProblem>();
        ProjectRowParser? parser = null;
        try
        {
            foreach (var sheetRow in ReadAhead(Rows(bytes, problems), cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (parser is null)
                {
                    if (sheetRow.IsEmpty)
                    {
                        continue;
                    }

                    var (found, headerProblems) = ProjectRowParser.ForHeader(sheetRow, places);
                    if (found is null)
                    {
                        return new(null, rows, cellErrors, [.. headerProblems.Select(p => Issue(sheetRow.Number, p.Column < 0 ? null : XlsxRows.ColumnName(p.Column),
                            p.Header, "import.header", text[p.MessageKey, p.Header]))]);
                    }

                    parser = found;
                    continue;
                }

                if (sheetRow.IsEmpty)
                {
                    continue;
                }

                if (rows.Count == MaxRows)
                {
                    return new(parser, rows, cellErrors, [Issue(sheetRow.Number, null, null, "import.tooManyRows", text["projects.import.tooManyRows", MaxRows])]);
                }

                var parsed = parser.Parse(sheetRow);
                rows.Add(parsed);
                cellErrors.AddRange(parsed.Errors.Select(e => Issue(sheetRow.Number, XlsxRows.ColumnName(e.Column), HeaderAt(parser, e.Column), "import.cell",
                    text[e.MessageKey, e.Arguments], e.Value)));
                if (rows.Count % 1000 == 0)
                {
                    progress?.Report(new ImportProgress(ImportPhase.Reading, rows.Count, 0));
                }
            }
        }
        catch (ImportFileException ex)
        {
            return new(parser, rows, cellErrors, [Issue(0, null, null, "import.file", text[ex.MessageKey, ex.Arguments])]);
        }

        cellErrors.AddRange(problems.Select(p => Issue(p.Row, XlsxRows.ColumnName(p.Column), parser is null ? null : HeaderAt(parser, p.Column), "import.formula", text[p.MessageKey])));
        return new(parser, rows, cellErrors, parser is null ? [Issue(0, null, null, "import.noHeader", text["projects.import.noHeader"])] : []);
    }

    /// <summary>The format is decided from the bytes, not the file name: PK is a workbook, the OLE header an old .xls.</summary>
    private static IEnumerable<SheetRow> Rows(byte[] bytes, List<CellProblem> problems)
    {
        if (bytes is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return XlsxRows.Read(new MemoryStream(bytes, writable: false), problems);
        }

        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            throw new ImportFileException("projects.import.xls");
        }

        return CsvRows.Read(bytes);
    }

    /// <summary>
    /// The sheet is read on another thread while this one parses the rows already read (a bounded queue between
    /// them): reading the XML and parsing the cells each keep one core busy. A failure of the reader is rethrown
    /// here, after the rows it read; stopping early stops the reader.
    /// </summary>
    private static IEnumerable<SheetRow> ReadAhead(IEnumerable<SheetRow> rows, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new System.Collections.Concurrent.BlockingCollection<SheetRow>(boundedCapacity: 2000);
        Exception? failure = null;
        var reader = Task.Run(() =>
        {
            try
            {
                foreach (var row in rows)
                {
                    queue.Add(row, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, CancellationToken.None);
        try
        {
            foreach (var row in queue.GetConsumingEnumerable(cancellationToken))
            {
                yield return row;
            }

            reader.Wait(CancellationToken.None);
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }
        finally
        {
            stop.Cancel();
            reader.Wait(CancellationToken.None);
        }
    }

    private static string? HeaderAt(ProjectRowParser parser, int column) =>
        ProjectColumns.All.FirstOrDefault(c => parser.ColumnOf(c.Field) == column)?.HeaderZh;

    /// <summary>A validation error of a row, placed in the column of its field (the owner column for organization errors).</summary>
    private ImportIssue FieldIssue(ProjectRowParser parser, ParsedRow row, PlatformError error)
    {
        var field = error.Field switch { "organizationId" => "ownerName", "assemblyRateInput" => "assemblyRatePercent", var f => f };
        var column = parser.ColumnOf(field);
        return Issue(row.Row, column is { } c ? XlsxRows.ColumnName(c) : null, column is not null ? ProjectColumns.ForField(field).HeaderZh : null,
            error.Code, Problems.Message(text, error), column is { } at ? row.Cells.GetValueOrDefault(at) : null);
    }

    private static ImportIssue Issue(int row, string? column, string? header, string code, string message, string? value = null) =>
        new(row, column, header, value, code, message);

    private ImportReport Report(string fileName, string sha256, int rows, ProjectChangePlan? plan, List<ImportIssue> errors, List<ImportFinding> findings, bool committed) =>
        new(fileName, sha256, rows,
            plan?.Rows.Count(r => r.Action == RowAction.Create) ?? 0,
            plan?.Rows.Count(r => r.Action == RowAction.Update) ?? 0,
            plan?.Rows.Count(r => r.Action == RowAction.Unchanged) ?? 0,
            plan?.NewOrganizations.Count ?? 0,
            [.. errors.Take(ImportReport.MaxListedErrors)], [.. findings.Take(ImportReport.MaxListedFindings)],
            plan?.RuleSet.Version ?? "", committed)
        {
            ErrorCount = errors.Count, FindingCount = findings.Count,
        };

    /// <summary>SQLite: BEGIN IMMEDIATE takes the write lock for the whole import; PostgreSQL: one read-committed transaction.</summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(CancellationToken cancellationToken) =>
        await db.Database.BeginTransactionAsync(db.Database.IsNpgsql() ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable, cancellationToken);
}
