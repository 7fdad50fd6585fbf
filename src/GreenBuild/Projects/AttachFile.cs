using System.Security.Cryptography;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Api;
using GreenBuild.Projects.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects;

/// <summary>
/// Keeps a file with a project at its current stage. The type is read from the file's first bytes, not from its
/// name or the client's word: PDF, PNG, JPEG, DWG drawings and Office/zip documents only, at most 20 MB.
/// </summary>
public sealed class AttachFile(GreenBuildDb db, TimeProvider clock)
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public async Task<Outcome<AttachmentDto>?> RunAsync(DataScope scope, Guid projectId, AttachmentKind kind, string? fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var project = await ProjectQuery.Visible(db, scope).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return null;
        }

        if (bytes.Length == 0 || bytes.Length > MaxBytes)
        {
            return Outcome<AttachmentDto>.Fail(new PlatformError("attachment.size", "file", "projects.attachment.size", MaxBytes / 1024 / 1024));
        }

        if (Sniff(bytes) is not { } type)
        {
            return Outcome<AttachmentDto>.Fail(new PlatformError("attachment.type", "file", "projects.attachment.type"));
        }

        if (!Enum.IsDefined(kind))
        {
            return Outcome<AttachmentDto>.Fail(new PlatformError("attachment.kind", "kind", "projects.attachment.kind"));
        }

        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        name = name.Length == 0 ? "file" + type.Extension : name.Length > 200 ? name[^200..] : name;
        var attachment = new ProjectAttachment
        {
            ProjectId = projectId, Stage = project.Stage, Kind = kind, FileName = name, ContentType = type.ContentType, Length = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<ProjectAttachment>().Add(attachment);
        db.Set<ProjectAttachmentContent>().Add(new ProjectAttachmentContent { AttachmentId = attachment.Id, Bytes = bytes });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AttachmentDto>.Ok(ToDto(attachment));
    }

    internal static AttachmentDto ToDto(ProjectAttachment a) => new(a.Id, a.Stage, a.Kind, a.FileName, a.ContentType, a.Length, a.Sha256, a.UploadedAtUtc);

    /// <summary>The file types accepted, by their signatures.</summary>
    private static (string ContentType, string Extension)? Sniff(byte[] b) => b switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => ("application/pdf", ".pdf"),
        [0x89, 0x50, 0x4E, 0x47, ..] => ("image/png", ".png"),
        [0xFF, 0xD8, 0xFF, ..] => ("image/jpeg", ".jpg"),
        [0x41, 0x43, 0x31, 0x30, ..] => ("image/vnd.dwg", ".dwg"),
        [0x50, 0x4B, 0x03, 0x04, ..] => ("application/zip", ".zip"),
        _ => null,
    };
}
