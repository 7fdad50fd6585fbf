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
/// <remarks>
/// The rows are checked, and written, part by part as they are read — so memory does not grow with the file and the
/// database works while the sheet is still being read: one part is written (on the import's connection, in its
/// transaction) while the next is checked. The checks read on a connection of their own, so they see the database as
/// it was before the import; what the import itself adds (codes, organizations) the batch keeps in memory. Parts
/// already written when a later row turns out to be wrong are rolled back with the transaction; from the first error
/// on nothing more is written, and the rest is only checked.
/// </remarks>
public sealed class ImportProjects(GreenBuildDb db, IServiceScopeFactory scopes, ApplyProjectChanges writer, IStringLocalizer<UiText> text)
{
    public const int MaxRows = 100_000;

    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Rows checked (and written) together: large enough for bulk writes, small enough to stay in the young heap.</summary>
    public const int PartRows = 2_000;

    public async Task<ImportReport> RunAsync(DataScope scope, string fileName, byte[] bytes, bool commit,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        progress?.Report(new ImportProgress(ImportPhase.Reading, 0, 0));
        var import = new Run(this, writer, commit, progress, cancellationToken);
        if (bytes.Length > MaxFileBytes)
        {
            return Report(fileName, sha256, import, [Issue(0, null, null, "import.tooLarge", text["projects.import.tooLarge", MaxFileBytes / 1024 / 1024])], false);
        }

        await using var cache = commit ? await SqlitePageCache.EnlargeAsync(db, cancellationToken) : null;
        await using var transaction = commit ? await BeginAsync(cancellationToken) : null;
        await using var checking = scopes.CreateAsyncScope();
        import.Batch = await checking.ServiceProvider.GetRequiredService<PlanProjectChanges>().BeginAsync(scope, cancellationToken);
        List<ImportIssue> fileErrors;
        try
        {
            fileErrors = await ReadAsync(bytes, import);
        }
        finally
        {
            // Nothing may use the import's connection once this returns (the transaction ends with it).
            await import.WrittenAsync(throwIfFailed: false);
        }

        await import.WrittenAsync(throwIfFailed: true);
        if (fileErrors.Count > 0 || import.Rows == 0)
        {
            // A file refused as a whole says nothing about what its rows would do.
            var errors = fileErrors.Count > 0 ? fileErrors : [Issue(0, null, null, "import.empty", text["projects.import.empty"])];
            return Report(fileName, sha256, import, errors, false) with { Created = 0, Updated = 0, Unchanged = 0, NewOrganizations = 0, Findings = [], FindingCount = 0, RuleSetVersion = "" };
        }

        var issues = import.Issues;
        issues.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : string.CompareOrdinal(a.Column, b.Column));
        progress?.Report(new ImportProgress(ImportPhase.Done, import.Rows, import.Rows));
        if (!commit || issues.Count > 0)
        {
            return Report(fileName, sha256, import, issues, false);
        }

        await transaction!.CommitAsync(cancellationToken);
        return Report(fileName, sha256, import, issues, true);
    }

    /// <summary>An import under way: what it has read, checked and written so far.</summary>
    private sealed class Run(ImportProjects importer, ApplyProjectChanges writer, bool commit, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        public PlanProjectChanges.Batch? Batch { get; set; }

        public ProjectRowParser? Parser { get; set; }

        public List<ImportIssue> Issues { get; } = [];

        public List<ImportFinding> Findings { get; } = [];

        public int FindingCount { get; private set; }

        /// <summary>Data rows read.</summary>
        public int Rows { get; set; }

        public int Checked { get; private set; }

        public int Created { get; private set; }

        public int Updated { get; private set; }

        public int Unchanged { get; private set; }

        public int NewOrganizations { get; private set; }

        public ReadShare Share { get; } = new();

        public CancellationToken CancellationToken => cancellationToken;

        private Task writing = Task.CompletedTask;

        /// <summary>Waits for the part being written; its failure is rethrown unless the import is failing already.</summary>
        public async Task WrittenAsync(bool throwIfFailed)
        {
            try
            {
                await writing;
            }
            catch when (!throwIfFailed)
            {
            }
        }

        /// <summary>Checks a part of the rows and, while the import has no error, writes it.</summary>
        public async Task CheckAsync(List<ParsedRow> part)
        {
            var plan = await Batch!.PlanAsync([.. part.Select(r => r.Input)], cancellationToken: cancellationToken);
            foreach (var row in plan.Rows)
            {
                var parsed = part[row.Index];

                // A cell that could not be read is reported once, not again as the empty value it was read as.
                var unreadable = parsed.Errors.Select(e => e.Column).ToHashSet();
                Issues.AddRange(row.Errors.Select(e => importer.FieldIssue(Parser!, parsed, e)).Where(i => i.Column is null || !unreadable.Contains(XlsxRows.ColumnIndex(i.Column))));
                foreach (var f in row.Check.Findings)
                {
                    if (FindingCount++ < ImportReport.MaxListedFindings)
                    {
                        Findings.Add(new ImportFinding(parsed.Row, row.Result.Code, f.RuleCode, f.Severity, f.Title, f.Actual, $"{f.Operator} {f.Required}", $"{f.Source.Document} {f.Source.Section}"));
                    }
                }
            }

            Created += plan.Rows.Count(r => r.Action == RowAction.Create);
            Updated += plan.Rows.Count(r => r.Action == RowAction.Update);
            Unchanged += plan.Rows.Count(r => r.Action == RowAction.Unchanged);
            NewOrganizations += plan.NewOrganizations.Count;
            // One part in flight: this one is written (on another thread: SQLite's calls complete synchronously)
            // while the next is read and checked.
            await WrittenAsync(throwIfFailed: true);
            if (commit && Issues.Count == 0)
            {
                writing = Task.Run(() => writer.RunAsync(plan, CheckTrigger.Import, cancellationToken: cancellationToken), cancellationToken);
            }

            Checked += part.Count;
            progress?.Report(new ImportProgress(commit ? ImportPhase.Writing : ImportPhase.Checking, Checked, Share.Estimate(Checked)));
        }
    }

    /// <summary>
    /// Reads the header and every data row, checking them part by part; returns the problems that refuse the file
    /// as a whole (these stop reading at once).
    /// </summary>
    private async Task<List<ImportIssue>> ReadAsync(byte[] bytes, Run import)
    {
        var cancellationToken = import.CancellationToken;
        var places = await PlaceNames.LoadAsync(db, cancellationToken);
        var problems = new List<CellProblem>();
        var part = new List<ParsedRow>(PartRows);
        try
        {
            foreach (var sheetRow in ReadAhead(Rows(bytes, problems, import.Share), import.Share, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sheetRow.IsEmpty)
                {
                    continue;
                }

                if (import.Parser is null)
                {
                    var (found, headerProblems) = ProjectRowParser.ForHeader(sheetRow, places);
                    if (found is null)
                    {
                        return [.. headerProblems.Select(p => Issue(sheetRow.Number, p.Column < 0 ? null : XlsxRows.ColumnName(p.Column),
                            p.Header, "import.header", text[p.MessageKey, p.Header]))];
                    }

                    import.Parser = found;
                    continue;
                }

                if (import.Rows == MaxRows)
                {
                    return [Issue(sheetRow.Number, null, null, "import.tooManyRows", text["projects.import.tooManyRows", MaxRows])];
                }

                var parsed = import.Parser.Parse(sheetRow);
                import.Rows++;
                part.Add(parsed);
                import.Issues.AddRange(parsed.Errors.Select(e => Issue(sheetRow.Number, XlsxRows.ColumnName(e.Column), HeaderAt(import.Parser, e.Column), "import.cell",
                    text[e.MessageKey, e.Arguments], e.Value)));
                if (part.Count == PartRows)
                {
                    await import.CheckAsync(part);
                    part = new List<ParsedRow>(PartRows);
                }
            }
        }
        catch (ImportFileException ex)
        {
            return [Issue(0, null, null, "import.file", text[ex.MessageKey, ex.Arguments])];
        }

        if (import.Parser is null)
        {
            return [Issue(0, null, null, "import.noHeader", text["projects.import.noHeader"])];
        }

        if (part.Count > 0)
        {
            await import.CheckAsync(part);
        }

        import.Issues.AddRange(problems.Select(p => Issue(p.Row, XlsxRows.ColumnName(p.Column), HeaderAt(import.Parser, p.Column), "import.formula", text[p.MessageKey])));
        return [];
    }

    /// <summary>The format is decided from the bytes, not the file name: PK is a workbook, the OLE header an old .xls.</summary>
    private static IEnumerable<SheetRow> Rows(byte[] bytes, List<CellProblem> problems, ReadShare share)
    {
        if (bytes is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return XlsxRows.Read(new MemoryStream(bytes, writable: false), problems, share);
        }

        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            throw new ImportFileException("projects.import.xls");
        }

        return CsvRows.Read(bytes, share);
    }

    /// <summary>
    /// The sheet is read on another thread while this one parses the rows already read (a bounded queue between
    /// them): reading the XML and parsing the cells each keep one core busy. A failure of the reader is rethrown
    /// here, after the rows it read; stopping early stops the reader.
    /// </summary>
    private static IEnumerable<SheetRow> ReadAhead(IEnumerable<SheetRow> rows, ReadShare share, CancellationToken cancellationToken)
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
                    share.RowRead();
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

    private static ImportReport Report(string fileName, string sha256, Run import, List<ImportIssue> errors, bool committed) =>
        new(fileName, sha256, import.Rows, import.Created, import.Updated, import.Unchanged, import.NewOrganizations,
            [.. errors.Take(ImportReport.MaxListedErrors)], import.Findings, import.Batch?.RuleSet.Version ?? "", committed)
        {
            ErrorCount = errors.Count, FindingCount = import.FindingCount,
        };

    /// <summary>SQLite: BEGIN IMMEDIATE takes the write lock for the whole import; PostgreSQL: one read-committed transaction.</summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(CancellationToken cancellationToken) =>
        await db.Database.BeginTransactionAsync(db.Database.IsNpgsql() ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable, cancellationToken);
}
