using GreenBuild.Supervision.Model;

namespace GreenBuild.Supervision.Inspections;

/// <summary>An item's result as recorded.</summary>
public sealed record ItemInput(string ItemCode, ItemResult Result, string? Note);

/// <summary>The inspection as recorded by its inspector: item results, summary, date; submitted for approval or kept.</summary>
public sealed record InspectionRecordInput(IReadOnlyList<ItemInput>? Items, string? Summary, DateTime? InspectedOn, bool Submit);

/// <summary>A finding against one of the inspection's items.</summary>
public sealed record FindingInput(string? ItemCode, FindingSeverity Severity, string? Description);

/// <summary>Approval: the rectification order when a finding needs one.</summary>
public sealed record ApprovalInput(string? Requirement, DateTime? DeadlineUtc);

/// <summary>Re-inspection of a reported rectification; when it fails, the next order.</summary>
public sealed record ReinspectionInput(bool Passed, string? Note, string? NextRequirement, DateTime? NextDeadlineUtc);
