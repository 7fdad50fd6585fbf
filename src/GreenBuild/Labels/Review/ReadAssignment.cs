using GreenBuild.Labels.Api;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Review;

/// <summary>
/// 评审任务 — what a drawn expert sees: the reviewed version's items with the applicant's evidence, the files, and its own
/// scores; only its own assignment, only while the panel is open and it has not declared a conflict.
/// </summary>
public sealed class ReadAssignment(GreenBuildDb db)
{
    public async Task<LabelDtos.AssignmentDto?> RunAsync(LabelActor actor, Guid memberId, CancellationToken cancellationToken = default)
    {
        var member = await db.Set<PanelMember>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId && m.UserId == actor.UserId, cancellationToken);
        var panel = member is null ? null : await db.Set<ReviewPanel>().AsNoTracking().FirstAsync(p => p.Id == member.PanelId, cancellationToken);
        if (member is null || panel!.Status != PanelStatus.Reviewing || !member.IsSeated)
        {
            return null;
        }

        var application = await db.Set<LabelApplication>().AsNoTracking().FirstAsync(a => a.Id == panel.ApplicationId, cancellationToken);
        var version = await db.Set<ApplicationVersion>().AsNoTracking().FirstAsync(v => v.ApplicationId == panel.ApplicationId && v.Version == panel.Version, cancellationToken);
        var files = await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.ApplicationId == panel.ApplicationId && f.Version <= panel.Version)
            .Select(f => new LabelDtos.FileDto(f.Id, f.Version, f.Kind, f.Clause, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedAtUtc)).ToListAsync(cancellationToken);
        return new LabelDtos.AssignmentDto(member.Id, application.Id, application.Number, application.ProjectName, member.Specialty, member.Status, member.DeadlineOn(panel),
            Versions.Assessment(version).Items, files, LabelJson.Read<List<ExpertScore>>(member.ScoresJson), member.Opinion);
    }
}
