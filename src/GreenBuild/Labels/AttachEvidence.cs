using System.Security.Cryptography;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels;

/// <summary>An uploaded evidence file as the endpoint or page received it.</summary>
public sealed record EvidenceUpload(EvidenceKind Kind, string? Clause, string? FileName, byte[] Content);

/// <summary>
/// 上传证明材料 — attaches a file to the application's current version (after a submission, to the next version,
/// which is created for it). The kind decides the admitted file types; type, content and size are all checked.
/// </summary>
public sealed class AttachEvidence(GreenBuildDb db, IOptions<LabelsOptions> options, TimeProvider clock)
{
    public async Task<Outcome<EvidenceFile>> RunAsync(LabelActor actor, Guid applicationId, EvidenceUpload upload, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<LabelApplication>().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !LabelAccess.OwnsApplication(actor, application))
        {
            return LabelErrors.NotFound<EvidenceFile>();
        }

        if (application.Status is not (ApplicationStatus.Draft or ApplicationStatus.Returned))
        {
            return LabelErrors.Fail<EvidenceFile>("locked", "status", application.Number);
        }

        var errors = Check(upload, options.Value.MaxFileBytes, out var name);
        var version = await Versions.CurrentAsync(db, application, cancellationToken);
        if (upload.Clause is { Length: > 0 } clause && !Versions.Assessment(version).Items.Any(i => i.Clause == clause.Trim()))
        {
            errors.Add(LabelErrors.Of("evidence.clause", "clause", clause));
        }

        if (errors.Count > 0)
        {
            return Outcome<EvidenceFile>.Fail([.. errors]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (version.SubmittedAtUtc is not null)
        {
            application.CurrentVersion++;
            version = new ApplicationVersion
            {
                ApplicationId = application.Id, Version = application.CurrentVersion, AssessmentJson = version.AssessmentJson,
                ExpectedLevel = version.ExpectedLevel, TotalScore = version.TotalScore, ExplanationJson = version.ExplanationJson,
                CreatedBy = actor.Name, CreatedAtUtc = now, UpdatedAtUtc = now,
            };
            db.Add(version);
            History.Record(db, application.Id, actor, now, "version.created", application.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var file = new EvidenceFile
        {
            ApplicationId = application.Id, Version = version.Version, Kind = upload.Kind, Clause = string.IsNullOrWhiteSpace(upload.Clause) ? null : upload.Clause.Trim(),
            FileName = name!, ContentType = EvidenceRules.ContentTypeOf(name!)!, Size = upload.Content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content)), Content = upload.Content, UploadedBy = actor.Name, UploadedAtUtc = now,
        };
        db.Add(file);
        application.UpdatedAtUtc = now;
        History.Record(db, application.Id, actor, now, "evidence.added", $"{file.FileName} ({file.Kind}, {file.Size} B, sha256 {file.Sha256[..12]}…)");
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<EvidenceFile>.Ok(file);
    }

    internal static List<PlatformError> Check(EvidenceUpload upload, long maxBytes, out string? name)
    {
        var errors = new List<PlatformError>();
        name = EvidenceRules.SafeName(upload.FileName);
        if (!Enum.IsDefined(upload.Kind))
        {
            errors.Add(LabelErrors.Of("evidence.kind", "evidenceKind", upload.Kind));
            return errors;
        }

        if (name is null)
        {
            errors.Add(LabelErrors.Of("evidence.name", "fileName"));
            return errors;
        }

        var allowed = EvidenceRules.Allowed[upload.Kind];
        if (upload.Content.Length == 0)
        {
            errors.Add(LabelErrors.Of("evidence.empty", "file", name));
        }
        else if (upload.Content.Length > maxBytes)
        {
            errors.Add(LabelErrors.Of("evidence.size", "file", name, Math.Round(upload.Content.Length / 1048576m, 1), Math.Round(maxBytes / 1048576m, 1)));
        }
        else if (!allowed.Contains(EvidenceRules.Extension(name)))
        {
            errors.Add(LabelErrors.Of("evidence.type", "file", name, new TextKey("labels.evidence." + upload.Kind), string.Join("、", allowed)));
        }
        else if (!EvidenceRules.ContentMatches(name, upload.Content))
        {
            errors.Add(LabelErrors.Of("evidence.content", "file", name, EvidenceRules.Extension(name)));
        }

        return errors;
    }
}
