using System.IO.Compression;
using System.Text;
using GreenBuild.Labels.Model;
using GreenBuild.Labels.Review;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace GreenBuild.Labels.Export;

/// <summary>
/// 推荐材料包 — the package the province sends up with a 三星 recommendation (and can make for any reviewed
/// application): a zip of <c>application.json</c> (everything: the application, the reviewed version's self-assessment
/// and expected level with its explanation, the panel's draws, scores and conclusion, the notice and objections, the
/// trail, and a manifest of the evidence with SHA-256), <c>application.xlsx</c> (the same as sheets) and
/// <c>evidence/v{version}/…</c> with every file as submitted.
/// </summary>
public sealed class ExportRecommendationPackage(GreenBuildDb db)
{
    public const string ContentType = "application/zip";

    public async Task<Outcome<(string FileName, byte[] Zip)>> RunAsync(LabelActor actor, Guid applicationId, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<LabelApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !actor.IsProvince)
        {
            return LabelErrors.NotFound<(string, byte[])>();
        }

        if (application.Status < ApplicationStatus.Reviewed || application.Status == ApplicationStatus.Rejected)
        {
            return LabelErrors.Fail<(string, byte[])>("package.state", "status", application.Number);
        }

        var versions = await db.Set<ApplicationVersion>().AsNoTracking().Where(v => v.ApplicationId == applicationId).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        var panels = await db.Set<ReviewPanel>().AsNoTracking().Include(p => p.Draws).Include(p => p.Members).Where(p => p.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var panel = panels.Where(p => p.Status == PanelStatus.Closed).OrderByDescending(p => p.ClosedAtUtc).First();
        var version = versions.First(v => v.Version == panel.Version);
        var files = await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.ApplicationId == applicationId && f.Version <= version.Version).OrderBy(f => f.UploadedAtUtc).ToListAsync(cancellationToken);
        var notices = await db.Set<PublicNotice>().AsNoTracking().Where(n => n.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var objections = await db.Set<Objection>().AsNoTracking().Where(o => o.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var events = await db.Set<ApplicationEvent>().AsNoTracking().Where(e => e.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var assessment = Versions.Assessment(version);
        var panelScores = ConcludePanel.PanelScores(panel.Members.Where(m => m.Status == MemberStatus.Submitted));
        var paths = files.Select(f => $"evidence/v{f.Version}/{f.Kind}/{f.Id.ToString()[..8]}-{f.FileName}").ToList();

        var data = new
        {
            format = "greenbuild-label-package/1",
            standard = "GB/T 50378-2019",
            application = new
            {
                application.Number, application.ProjectCode, application.ProjectName, application.CityCode, application.OrganizationName,
                application.FloorArea, application.IsResidential, application.TargetLevel, application.Status, application.PanelLevel,
                application.DecisionReason, application.SubmittedAtUtc, application.DecidedAtUtc,
            },
            version = new { version.Version, version.ExpectedLevel, version.TotalScore, version.SubmittedAtUtc, assessment, explanation = LabelJson.Read<object>(version.ExplanationJson) },
            panel = new
            {
                panel.SourceNames, panel.SourceValues, panel.DrawKey, panel.DrawnAtUtc, panel.ConclusionLevel, panel.ConclusionScore, panel.Opinion,
                draws = panel.Draws.Select(d => new { d.Specialty, d.Count, d.Sha256, candidates = d.CandidateText, avoid = d.AvoidText, steps = LabelJson.Read<object>(d.StepsJson) }),
                members = panel.Members.Select(m => new { m.ExpertCode, m.Specialty, m.Status, m.ConflictReason, scores = LabelJson.Read<List<ExpertScore>>(m.ScoresJson), m.Opinion, m.RecommendedLevel }),
                panelScores,
            },
            notices = notices.Select(n => new { n.ProposedLevel, n.StartsAtUtc, n.EndsAtUtc, n.Days }),
            objections = objections.Select(o => new { o.TrackingCode, o.SubmittedAtUtc, o.Text, o.Status, o.Response }),
            evidence = files.Select((f, i) => new { path = paths[i], f.Kind, f.Clause, f.FileName, f.Size, f.Sha256, f.Version }),
            trail = History.InOrder(events).Select(e => new { e.AtUtc, e.Actor, e.Kind, e.Detail }),
        };

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, true))
        {
            await WriteAsync(archive, "application.json", Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(data, LabelJson.Indented)), cancellationToken);
            await WriteAsync(archive, "application.xlsx", Workbook(application, version, assessment, panel, panelScores, files, paths), cancellationToken);
            for (var i = 0; i < files.Count; i++)
            {
                await WriteAsync(archive, paths[i], files[i].Content, cancellationToken);
            }
        }

        return Outcome<(string, byte[])>.Ok(($"{application.Number}-package.zip", zip.ToArray()));
    }

    private static async Task WriteAsync(ZipArchive archive, string path, byte[] content, CancellationToken cancellationToken)
    {
        var entry = archive.CreateEntry(path, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }

    private static byte[] Workbook(LabelApplication application, ApplicationVersion version, SelfAssessment assessment, ReviewPanel panel,
        IReadOnlyDictionary<string, decimal> panelScores, List<EvidenceFile> files, List<string> paths)
    {
        var text = JsonStringLocalizer.TableFor(JsonStringLocalizer.DefaultCulture);
        string T(string key) => text.GetValueOrDefault(key, key);
        Dictionary<string, object?> Row(string key, object? value) => new() { [T("labels.package.col.key")] = key, [T("labels.package.col.value")] = value };
        var summary = new List<Dictionary<string, object?>>
        {
            Row(T("labels.package.number"), application.Number), Row(T("labels.package.project"), $"{application.ProjectCode} {application.ProjectName}"),
            Row(T("labels.package.organization"), application.OrganizationName), Row(T("labels.package.city"), application.CityCode),
            Row(T("labels.package.area"), application.FloorArea), Row(T("labels.package.target"), T("labels.level." + application.TargetLevel)),
            Row(T("labels.package.expected"), $"{T("labels.level." + version.ExpectedLevel)} {version.TotalScore:0.##}"),
            Row(T("labels.package.panel"), $"{T("labels.level." + (panel.ConclusionLevel ?? Standards.GreenRating.GreenLevel.NotQualified))} {panel.ConclusionScore:0.##}"),
            Row(T("labels.package.opinion"), panel.Opinion), Row(T("labels.package.status"), T("labels.status." + application.Status)),
            Row(T("labels.package.submitted"), application.SubmittedAtUtc is { } s ? Formats.Local(s) : ""),
        };
        var items = assessment.Items.Select(i => new Dictionary<string, object?>
        {
            [T("labels.package.col.category")] = T("labels.category." + i.Category), [T("labels.package.col.clause")] = i.Clause,
            [T("labels.package.col.max")] = i.MaxScore, [T("labels.package.col.self")] = i.Score,
            [T("labels.package.col.panel")] = panelScores.TryGetValue(i.Clause, out var p) ? p : null, [T("labels.package.col.evidence")] = i.Evidence,
        }).ToList();
        var scores = panel.Members.Where(m => m.Status == MemberStatus.Submitted)
            .SelectMany(m => LabelJson.Read<List<ExpertScore>>(m.ScoresJson).Select(s => new Dictionary<string, object?>
            {
                [T("labels.package.col.expert")] = m.ExpertCode, [T("labels.package.col.specialty")] = T("labels.specialty." + m.Specialty),
                [T("labels.package.col.clause")] = s.Clause, [T("labels.package.col.score")] = s.Score, [T("labels.package.col.comment")] = s.Comment,
            })).ToList();
        var manifest = files.Select((f, i) => new Dictionary<string, object?>
        {
            [T("labels.package.col.path")] = paths[i], [T("labels.package.col.kind")] = T("labels.evidence." + f.Kind), [T("labels.package.col.clause")] = f.Clause,
            [T("labels.package.col.size")] = f.Size, ["SHA-256"] = f.Sha256,
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [T("labels.package.sheet.summary")] = summary, [T("labels.package.sheet.items")] = items,
            [T("labels.package.sheet.scores")] = scores, [T("labels.package.sheet.files")] = manifest,
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

}
