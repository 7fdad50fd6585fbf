namespace GreenBuild.Supervision.Credit;

/// <summary>
/// 信用记录规则 — which results enter an enterprise's credit record and for how long (validity from the approval):
/// a serious finding (违反强制性标准) is a bad entry for 3 years; a failed re-inspection a bad entry for 1 year; an
/// inspection approved without any finding a good entry for 1 year. Sanctions and commendations are entered by
/// officials with their own validity (at most 5 years).
/// </summary>
internal static class CreditRules
{
    public const string SeriousFinding = "finding.serious";
    public const string FailedReinspection = "rectification.failed";
    public const string CleanInspection = "inspection.clean";
    public const string Sanction = "sanction";
    public const string Commendation = "commendation";

    public static readonly TimeSpan SeriousFindingValidity = TimeSpan.FromDays(3 * 365);
    public static readonly TimeSpan FailedReinspectionValidity = TimeSpan.FromDays(365);
    public static readonly TimeSpan CleanInspectionValidity = TimeSpan.FromDays(365);
    public static readonly TimeSpan MaxManualValidity = TimeSpan.FromDays(5 * 365 + 1);
}
