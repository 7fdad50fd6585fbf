using GreenBuild.Labels.Api;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels;

/// <summary>
/// Applications as each reader may see them (<see cref="LabelAccess"/>): the list, one application in detail (panel
/// members, objectors' contacts and verification codes for the officials and the holder only), and evidence files.
/// </summary>
public sealed class ReadApplications(GreenBuildDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<LabelDtos.ApplicationSummary>> ListAsync(LabelActor actor, ApplicationStatus? status = null, CancellationToken cancellationToken = default)
    {
        var query = LabelAccess.Visible(db, actor);
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        var list = await query.ToListAsync(cancellationToken);
        return [.. list.OrderByDescending(a => a.UpdatedAtUtc).Select(LabelDtos.Summary)];
    }

    public async Task<LabelDtos.ApplicationDetail?> DetailAsync(LabelActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var application = await LabelAccess.Visible(db, actor).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var official = actor.IsProvince || actor.IsCityOfficer;
        var versions = await db.Set<ApplicationVersion>().AsNoTracking().Where(v => v.ApplicationId == id).ToListAsync(cancellationToken);
        var panels = await db.Set<ReviewPanel>().AsNoTracking().Include(p => p.Draws).Include(p => p.Members).Where(p => p.ApplicationId == id).ToListAsync(cancellationToken);
        // An expert reads the version its panel reviews; everybody else the current one.
        var shown = actor.IsExpert && !official ? panels.First(p => p.Status == PanelStatus.Reviewing).Version : application.CurrentVersion;
        var files = await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.ApplicationId == id && f.Version <= shown)
            .Select(f => new EvidenceFile
            {
                Id = f.Id, ApplicationId = f.ApplicationId, Version = f.Version, Kind = f.Kind, Clause = f.Clause, FileName = f.FileName,
                ContentType = f.ContentType, Size = f.Size, Sha256 = f.Sha256, Content = Array.Empty<byte>(), UploadedBy = f.UploadedBy, UploadedAtUtc = f.UploadedAtUtc,
            }).ToListAsync(cancellationToken);
        var events = actor.IsExpert && !official ? [] : await db.Set<ApplicationEvent>().AsNoTracking().Where(e => e.ApplicationId == id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var notice = (await db.Set<PublicNotice>().AsNoTracking().Where(n => n.ApplicationId == id).ToListAsync(cancellationToken)).MaxBy(n => n.StartsAtUtc);
        var objections = official && notice is not null
            ? await db.Set<Objection>().AsNoTracking().Where(o => o.ApplicationId == id).ToListAsync(cancellationToken) : [];
        var certificate = await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.ApplicationId == id, cancellationToken);
        return new LabelDtos.ApplicationDetail(
            LabelDtos.Summary(application), application.ParticipantIds(), LabelDtos.Version(versions.First(v => v.Version == shown)),
            [.. versions.Select(v => v.Version).Order()], [.. files.OrderBy(f => f.UploadedAtUtc).Select(LabelDtos.File)],
            [.. History.InOrder(events).Select(e => new LabelDtos.EventDto(e.AtUtc, e.Actor, e.Kind, e.Detail))],
            actor.IsExpert && !official ? [] : [.. panels.OrderBy(p => p.AnnouncedAtUtc).Select(p => LabelDtos.Panel(p, actor.IsProvince))],
            notice is null ? null : LabelDtos.Notice(notice, now),
            [.. objections.OrderBy(o => o.SubmittedAtUtc).Select(o => LabelDtos.Objection(o, actor.IsProvince))],
            certificate is null || (actor.IsExpert && !official) ? null : LabelDtos.Certificate(certificate, true));
    }

    public async Task<LabelDtos.VersionDto?> VersionAsync(LabelActor actor, Guid versionId, CancellationToken cancellationToken = default)
    {
        var version = await db.Set<ApplicationVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        return version is null || actor.IsExpert || !await LabelAccess.CanSeeAsync(db, actor, version.ApplicationId, cancellationToken) ? null : LabelDtos.Version(version);
    }

    public async Task<EvidenceFile?> FileAsync(LabelActor actor, Guid fileId, CancellationToken cancellationToken = default)
    {
        var file = await db.Set<EvidenceFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        return file is not null && await LabelAccess.CanSeeAsync(db, actor, file.ApplicationId, cancellationToken) ? file : null;
    }
}
