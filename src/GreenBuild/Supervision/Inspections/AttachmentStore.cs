using System.Security.Cryptography;
using GreenBuild.Platform.Accounts;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.Extensions.Options;

namespace GreenBuild.Supervision.Inspections;

/// <summary>Where attachments are kept and how large they may be (<c>Supervision:Attachments</c>).</summary>
public sealed class AttachmentOptions
{
    /// <summary>The folder of the attachment files (relative to the working folder, like the SQLite file).</summary>
    public string Path { get; set; } = "data/attachments";

    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    public int MaxFilesPerUpload { get; set; } = 5;
}

/// <summary>An uploaded file before it is checked.</summary>
public sealed record Upload(string FileName, byte[] Content)
{
    /// <summary>The files of a multipart form; at most <paramref name="max"/> are read (one more than allowed, so "too many" is still reported).</summary>
    public static async Task<IReadOnlyList<Upload>> FromFormAsync(IEnumerable<IFormFile>? files, int max, CancellationToken ct)
    {
        var uploads = new List<Upload>();
        foreach (var file in (files ?? []).Take(max))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            uploads.Add(new Upload(file.FileName, buffer.ToArray()));
        }

        return uploads;
    }
}

/// <summary>
/// 附件存储 — accepts JPEG, PNG and PDF only, recognized by their first bytes (a claimed type or extension is not
/// trusted, and must agree with them), up to the size limit; stores the bytes under their SHA-256 (content-addressed,
/// so the same file is kept once and no uploaded name ever reaches the file system) and returns the record to save.
/// A file written for a record that then fails to save is harmless: it is only reachable through a record.
/// </summary>
public sealed class AttachmentStore(IOptions<AttachmentOptions> options, TimeProvider clock)
{
    private static readonly (string Type, string[] Extensions, byte[] Magic)[] Accepted =
    [
        ("image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]),
        ("image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("application/pdf", [".pdf"], "%PDF-"u8.ToArray()),
    ];

    public AttachmentOptions Options => options.Value;

    /// <summary>Checks every upload; <paramref name="field"/> names them in errors ("files[0]"…).</summary>
    public IReadOnlyList<PlatformError> Check(IReadOnlyList<Upload> uploads, string field = "files")
    {
        var errors = new List<PlatformError>();
        if (uploads.Count > Options.MaxFilesPerUpload)
        {
            errors.Add(TaskErrors.Error("attachment.count", field, uploads.Count, Options.MaxFilesPerUpload));
        }

        for (var i = 0; i < uploads.Count; i++)
        {
            var upload = uploads[i];
            var name = SafeName(upload.FileName);
            if (upload.Content.Length == 0)
            {
                errors.Add(TaskErrors.Error("attachment.empty", $"{field}[{i}]", name));
            }
            else if (upload.Content.Length > Options.MaxBytes)
            {
                errors.Add(TaskErrors.Error("attachment.size", $"{field}[{i}]", name, Options.MaxBytes / 1024 / 1024));
            }
            else if (TypeOf(upload) is null)
            {
                errors.Add(TaskErrors.Error("attachment.type", $"{field}[{i}]", name));
            }
        }

        return errors;
    }

    /// <summary>Stores checked uploads and returns their records (not yet added to the context).</summary>
    public async Task<IReadOnlyList<Attachment>> StoreAsync(AttachmentOwner owner, Guid ownerId, IReadOnlyList<Upload> uploads, CancellationToken ct)
    {
        var saved = new List<Attachment>();
        foreach (var upload in uploads)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
            var path = PathOf(sha);
            if (!File.Exists(path))
            {
                System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
                await File.WriteAllBytesAsync(temporary, upload.Content, ct);
                File.Move(temporary, path, overwrite: true);
            }

            saved.Add(new Attachment
            {
                OwnerKind = owner, OwnerId = ownerId, FileName = SafeName(upload.FileName), ContentType = TypeOf(upload)!,
                Size = upload.Content.Length, Sha256 = sha, UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
        }

        return saved;
    }

    public Stream? Open(Attachment attachment) => File.Exists(PathOf(attachment.Sha256)) ? File.OpenRead(PathOf(attachment.Sha256)) : null;

    private string PathOf(string sha) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Options.Path, sha[..2], sha));

    private static string? TypeOf(Upload upload)
    {
        var extension = System.IO.Path.GetExtension(SafeName(upload.FileName)).ToLowerInvariant();
        return Accepted.FirstOrDefault(a => upload.Content.AsSpan().StartsWith(a.Magic) && a.Extensions.Contains(extension)).Type;
    }

    /// <summary>The last path segment, without control or path characters, at most 100 characters.</summary>
    public static string SafeName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').Last();
        var clean = new string([.. last.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or ':' or '*' or '?' or '|'))]).Trim().TrimStart('.');
        return clean.Length == 0 ? "attachment" : clean.Length > 100 ? clean[^100..] : clean;
    }
}
