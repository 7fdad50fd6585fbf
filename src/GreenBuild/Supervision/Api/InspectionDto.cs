using GreenBuild.Supervision.Model;

namespace GreenBuild.Supervision.Api;

/// <summary>An inspection with its inspectors, checklist results, findings (with attachment links) and rectification orders.</summary>
internal sealed record InspectionDto(
    Guid Id, Guid TaskId, ObjectKind ObjectKind, string ObjectCode, string ObjectName, string CityCode, Guid? OrganizationId, InspectionStatus Status,
    string? Summary, DateTime? InspectedOn, DateTime? ApprovedAtUtc, DateTime? PublishedAtUtc, IReadOnlyList<InspectionDto.Inspector> Inspectors,
    IReadOnlyList<InspectionDto.Item> Items, IReadOnlyList<InspectionDto.FindingDto> Findings, IReadOnlyList<InspectionDto.Order> Rectifications)
{
    internal sealed record Inspector(string Number, string Name);

    internal sealed record Item(string ItemCode, string Text, string Citation, ItemResult Result, string? Note);

    internal sealed record File(Guid Id, string FileName, string ContentType, long Size, string Sha256);

    internal sealed record FindingDto(Guid Id, string ItemCode, FindingSeverity Severity, string Description, IReadOnlyList<File> Attachments);

    internal sealed record Order(Guid Id, string Requirement, DateTime DeadlineUtc, RectificationStatus Status, string? Report, string? ReinspectionNote, bool IsOverdue, int Reminders,
        IReadOnlyList<File> Attachments);

    public static InspectionDto From(Inspection i, IReadOnlyList<Attachment> attachments)
    {
        IReadOnlyList<File> Files(Guid owner) => [.. attachments.Where(a => a.OwnerId == owner).Select(a => new File(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256))];
        return new(i.Id, i.TaskId, i.ObjectKind, i.ObjectCode, i.ObjectName, i.CityCode, i.OrganizationId, i.Status, i.Summary, i.InspectedOn, i.ApprovedAtUtc, i.PublishedAtUtc,
            [.. i.Assignments.OrderBy(a => a.InspectorNumber, StringComparer.Ordinal).Select(a => new Inspector(a.InspectorNumber, a.InspectorName))],
            [.. i.Items.OrderBy(x => x.ItemCode, StringComparer.Ordinal).Select(x => new Item(x.ItemCode, x.Text, x.Citation, x.Result, x.Note))],
            [.. i.Findings.OrderBy(f => f.RecordedAtUtc).ThenBy(f => f.Id).Select(f => new FindingDto(f.Id, f.ItemCode, f.Severity, f.Description, Files(f.Id)))],
            [.. i.Rectifications.OrderBy(r => r.IssuedAtUtc).ThenBy(r => r.Id).Select(r => new Order(r.Id, r.Requirement, r.DeadlineUtc, r.Status, r.Report, r.ReinspectionNote,
                r.IsOverdue, r.Reminders, Files(r.Id)))]);
    }
}
