using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Inspections;

/// <summary>
/// An attachment for someone who may see its owner: a finding's or rectification's to those who may read the
/// inspection; a complaint's to officials of the complaint's city. Everyone else gets nothing (404), not even its name.
/// </summary>
public sealed class DownloadAttachment(GreenBuildDb db, AttachmentStore store)
{
    public async Task<(Attachment Attachment, Stream Content)?> RunAsync(InspectionAccess access, Guid id, CancellationToken ct)
    {
        var attachment = await db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (attachment is null || !await MaySeeAsync(access, attachment, ct))
        {
            return null;
        }

        return store.Open(attachment) is { } stream ? (attachment, stream) : null;
    }

    private async Task<bool> MaySeeAsync(InspectionAccess access, Attachment attachment, CancellationToken ct)
    {
        if (attachment.OwnerKind == AttachmentOwner.Complaint)
        {
            var complaint = await db.Set<Complaint>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == attachment.OwnerId, ct);
            return complaint is not null && access.IsOfficial && access.Scope.CanSeeCity(complaint.CityCode);
        }

        var inspectionId = attachment.OwnerKind == AttachmentOwner.Finding
            ? await db.Set<Finding>().Where(f => f.Id == attachment.OwnerId).Select(f => (Guid?)f.InspectionId).FirstOrDefaultAsync(ct)
            : await db.Set<Rectification>().Where(r => r.Id == attachment.OwnerId).Select(r => (Guid?)r.InspectionId).FirstOrDefaultAsync(ct);
        return inspectionId is { } inspection && await LoadInspection.ByIdAsync(db, inspection, ct, tracked: false) is { } found && access.CanRead(found);
    }
}
