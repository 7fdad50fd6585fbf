namespace GreenBuild.Indicators.Model;

/// <summary>Where a city report stands: 草稿, 已提交, 已通过 (locked), 已退回.</summary>
public enum ReportStatus
{
    Draft,
    Submitted,
    Approved,
    Returned,
}
