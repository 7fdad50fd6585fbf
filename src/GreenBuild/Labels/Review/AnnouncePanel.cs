using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels.Review;

/// <summary>
/// 公布抽取 — the province announces a panel for an accepted application: for each specialty of the composition, the
/// candidate list of active experts is frozen and its SHA-256 published, together with the names of the random sources
/// whose future values will make the key (e.g. a lottery draw after the announcement).
/// </summary>
public sealed class AnnouncePanel(GreenBuildDb db, IOptions<LabelsOptions> options, TimeProvider clock)
{
    public async Task<Outcome<ReviewPanel>> RunAsync(LabelActor actor, Guid applicationId, IReadOnlyList<string> sourceNames, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<LabelApplication>().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !actor.IsProvince)
        {
            return LabelErrors.NotFound<ReviewPanel>();
        }

        if (application.Status != ApplicationStatus.Accepted)
        {
            return LabelErrors.Fail<ReviewPanel>("state.panel", "status", application.Number);
        }

        if (await db.Set<ReviewPanel>().AnyAsync(p => p.ApplicationId == applicationId && p.Version == application.CurrentVersion && p.Status != PanelStatus.Closed, cancellationToken))
        {
            return LabelErrors.Fail<ReviewPanel>("panel.exists", "status", application.Number);
        }

        var names = (sourceNames ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (names.Count == 0 || names.Count > Supervision.Draw.DrawKey.MaxSources || names.Any(n => n.Length > 100 || n.Contains('=', StringComparison.Ordinal)) || names.Distinct().Count() != names.Count)
        {
            return LabelErrors.Fail<ReviewPanel>("sources.names", "sourceNames", Supervision.Draw.DrawKey.MaxSources);
        }

        var experts = await db.Set<Expert>().AsNoTracking().Where(e => e.IsActive).ToListAsync(cancellationToken);
        var errors = new List<PlatformError>();
        var now = clock.GetUtcNow().UtcDateTime;
        var panel = new ReviewPanel
        {
            ApplicationId = application.Id, Version = application.CurrentVersion, Status = PanelStatus.Announced,
            SourceNames = string.Join("\n", names), AnnouncedAtUtc = now, CreatedBy = actor.Name,
        };
        foreach (var (specialty, count) in options.Value.PanelComposition.OrderBy(p => p.Key))
        {
            var pool = experts.Where(e => e.Specialty == specialty).ToList();
            if (pool.Count < count)
            {
                errors.Add(LabelErrors.Of("pool.small", "panel", new TextKey("labels.specialty." + specialty), pool.Count, count));
                continue;
            }

            var list = PanelDrawing.Candidates(pool);
            panel.Draws.Add(new PanelDraw { PanelId = panel.Id, Specialty = specialty, Count = count, CandidateText = list.CanonicalText, Sha256 = list.Sha256 });
        }

        if (errors.Count > 0)
        {
            return Outcome<ReviewPanel>.Fail([.. errors]);
        }

        db.Add(panel);
        History.Record(db, application.Id, actor, now, "panel.announced",
            string.Join("；", panel.Draws.Select(d => $"{d.Specialty} sha256 {d.Sha256}")) + "；" + string.Join("、", names));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ReviewPanel>.Ok(panel);
    }
}
