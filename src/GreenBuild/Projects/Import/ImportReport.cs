using GreenBuild.Projects.Rules;

namespace GreenBuild.Projects.Import;

/// <summary>
/// One problem of an import, where the user can find it: the sheet row (as Excel numbers it), the column letter
/// and header, the value found, and the message in the user's language. Row 0 means the whole file.
/// </summary>
public sealed record ImportIssue(int Row, string? Column, string? Header, string? Value, string Code, string Message);

/// <summary>A rule finding of an imported row: the project would be saved, but does not meet the rule.</summary>
public sealed record ImportFinding(int Row, string ProjectCode, string RuleCode, RuleSeverity Severity, string Title, string Actual,
    string Required, string Source);

/// <summary>
/// What an import did or would do: rows read, projects to create / update / leave unchanged, the organizations it
/// registers, every error (any error refuses the whole file) and every finding.
/// </summary>
public sealed record ImportReport(
    string FileName,
    string Sha256,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int NewOrganizations,
    IReadOnlyList<ImportIssue> Errors,
    IReadOnlyList<ImportFinding> Findings,
    string RuleSetVersion,
    bool Committed)
{
    /// <summary>Errors and findings beyond these counts are counted but not listed (the file is refused anyway).</summary>
    public const int MaxListedErrors = 1000, MaxListedFindings = 5000;

    public int ErrorCount { get; init; }

    public int FindingCount { get; init; }

    public bool CanCommit => ErrorCount == 0 && Rows > 0;
}
