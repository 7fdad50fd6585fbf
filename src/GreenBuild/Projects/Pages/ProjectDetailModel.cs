using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Api;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Pages;

/// <summary>项目详情 — a project with its stage history, its checks and their findings with sources, the design-vs-completion comparison, and its attachments.</summary>
[Authorize(Policy = ProjectsModule.RegistryPolicy)]
public sealed class ProjectDetailModel(GreenBuildDb db, ReadProjectStages stages, AttachFile attach, IStringLocalizer<UiText> text) : PageModel
{
    public Project Project { get; private set; } = null!;

    public string PlaceName { get; private set; } = "";

    public IReadOnlyDictionary<Guid, string> Organizations { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<StageRecordDto> Stages { get; private set; } = [];

    public IReadOnlyList<CheckDto> Checks { get; private set; } = [];

    public IReadOnlyList<Finding> LatestFindings { get; private set; } = [];

    public StageComparisonDto? DesignVsCompletion { get; private set; }

    public IReadOnlyList<AttachmentDto> Attachments { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        if (await ProjectQuery.Visible(db, scope).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } project)
        {
            return NotFound();
        }

        Project = project;
        var place = await db.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Code == project.CityCode, cancellationToken);
        var parent = place?.ParentCode is { } parentCode ? await db.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Code == parentCode && p.Level != Platform.Places.PlaceLevel.Province, cancellationToken) : null;
        PlaceName = $"{parent?.Name}{place?.Name} ({project.CityCode})";
        Guid?[] ids = [project.OrganizationId, project.DesignOrganizationId, project.ConstructionOrganizationId];
        var wanted = ids.OfType<Guid>().ToList();
        Organizations = await db.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        Stages = await stages.RecordsAsync(scope, id, cancellationToken) ?? [];
        var checks = await db.Set<ProjectCheckRecord>().AsNoTracking().Where(c => c.ProjectId == id).ToListAsync(cancellationToken);
        Checks = [.. checks.OrderByDescending(c => c.CheckedAtUtc).ThenByDescending(c => c.Id).Select(CheckDto.Of)];
        LatestFindings = Checks.Count == 0 ? [] : System.Text.Json.JsonSerializer.Deserialize<List<Finding>>(Checks[0].Findings.GetRawText(), SaveProject.FindingsJson) ?? [];
        if (Stages.Any(s => s.Stage == ProjectStage.DesignReview) && Stages.Any(s => s.Stage == ProjectStage.CompletionAcceptance))
        {
            DesignVsCompletion = await stages.CompareAsync(scope, id, ProjectStage.DesignReview, ProjectStage.CompletionAcceptance, cancellationToken);
        }

        var attachments = await db.Set<ProjectAttachment>().AsNoTracking().Where(a => a.ProjectId == id).ToListAsync(cancellationToken);
        Attachments = [.. attachments.OrderBy(a => a.UploadedAtUtc).Select(AttachFile.ToDto)];
        return Page();
    }

    public async Task<IActionResult> OnPostAttachAsync(Guid id, AttachmentKind kind, IFormFile? file, CancellationToken cancellationToken)
    {
        byte[] bytes = [];
        if (file is not null && file.Length <= AttachFile.MaxBytes)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        var outcome = await attach.RunAsync(DataScope.Of(User), id, kind, file?.FileName, bytes, cancellationToken);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            return RedirectToPage(new { id });
        }

        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        return await OnGetAsync(id, cancellationToken);
    }
}
