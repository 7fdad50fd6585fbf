using GreenBuild.Labels.Api;
using GreenBuild.Labels.Certificates;
using GreenBuild.Labels.Model;
using GreenBuild.Labels.Notice;
using GreenBuild.Labels.Review;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Localization;
using GreenBuild.Standards.GreenRating;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GreenBuild.Labels.Pages;

/// <summary>
/// 申报详情 — one application with what each role can do on it now: the applicant edits its self-assessment (seeing the
/// expected level and its explanation), uploads evidence and submits; the city or province does the formal review; the
/// province runs the draw, concludes, publishes the notice, handles objections and decides.
/// </summary>
[Authorize(Roles = PageRoles.Workflow)]
public sealed class ApplicationModel(ReadApplications read, IServiceProvider services, IOptions<LabelsOptions> options, IStringLocalizer<UiText> text) : PageModel
{
    public LabelDtos.ApplicationDetail Detail { get; private set; } = null!;

    [BindProperty]
    public AssessmentForm Form { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Done { get; private set; }

    public LabelActor Actor => LabelActor.Of(User);

    public LabelsOptions Options => options.Value;

    public DateTime Now => services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    /// <summary>An applicant sees only its own organization's applications, so seeing one as an applicant means owning it.</summary>
    public bool CanEdit => Actor.IsApplicant && Detail.Application.Status is ApplicationStatus.Draft or ApplicationStatus.Returned;

    public bool CanReviewFormally => Detail.Application.Status == ApplicationStatus.Submitted && (Actor.IsProvince || Actor.IsCityOfficer);

    public LabelDtos.PanelDto? OpenPanel => Detail.Panels.LastOrDefault(p => p.Status != PanelStatus.Closed);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Done = done;
        return await LoadAsync(id, true, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) =>
        Run(id, "saved", () => Use<SaveSelfAssessment>().RunAsync(Actor, id, Form.ToAssessment(), ct), ct, keepForm: true);

    public async Task<IActionResult> OnPostUploadAsync(Guid id, EvidenceKind kind, string? clause, IFormFile? file, CancellationToken ct)
    {
        var content = Array.Empty<byte>();
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }

        return await Run(id, "uploaded", () => Use<AttachEvidence>().RunAsync(Actor, id, new EvidenceUpload(kind, clause, file?.FileName, content), ct), ct);
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => Run(id, "submitted", () => Use<SubmitApplication>().RunAsync(Actor, id, ct), ct);

    public Task<IActionResult> OnPostFormalAsync(Guid id, bool complete, string? reasons, CancellationToken ct) =>
        Run(id, complete ? "accepted" : "returned", () => Use<ReviewFormally>().RunAsync(Actor, id, complete, (reasons ?? "").Split('\n'), ct), ct);

    public Task<IActionResult> OnPostAnnounceAsync(Guid id, string? sourceNames, CancellationToken ct) =>
        Run(id, "announced", () => Use<AnnouncePanel>().RunAsync(Actor, id, (sourceNames ?? "").Split('\n'), ct), ct);

    public Task<IActionResult> OnPostDrawAsync(Guid id, Guid panelId, List<string>? sources, CancellationToken ct) =>
        Run(id, "drawn", () => Use<DrawPanel>().RunAsync(Actor, panelId, sources ?? [], ct), ct);

    public Task<IActionResult> OnPostReplaceAsync(Guid id, Guid memberId, string? reason, CancellationToken ct) =>
        Run(id, "replaced", () => Use<ReplaceOverdueExpert>().RunAsync(Actor, memberId, reason, ct), ct);

    public Task<IActionResult> OnPostConcludeAsync(Guid id, Guid panelId, string? opinion, CancellationToken ct) =>
        Run(id, "concluded", () => Use<ConcludePanel>().RunAsync(Actor, panelId, opinion, ct), ct);

    public Task<IActionResult> OnPostNoticeAsync(Guid id, int? days, CancellationToken ct) =>
        Run(id, "noticed", () => Use<PublishNotice>().RunAsync(Actor, id, days, ct), ct);

    public Task<IActionResult> OnPostHandleAsync(Guid id, Guid objectionId, bool upheld, string? response, CancellationToken ct) =>
        Run(id, "handled", () => Use<HandleObjection>().RunAsync(Actor, objectionId, upheld, response, ct), ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, bool grant, string? reason, CancellationToken ct) =>
        Run(id, grant ? "granted" : "refused", () => Use<DecideApplication>().RunAsync(Actor, id, grant, reason, ct), ct);

    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    private async Task<IActionResult> Run<T>(Guid id, string done, Func<Task<Outcome<T>>> action, CancellationToken ct, bool keepForm = false)
    {
        if (!await LoadAsync(id, !keepForm, ct))
        {
            return NotFound();
        }

        var outcome = await action();
        if (outcome.Succeeded)
        {
            return LocalRedirect($"/labels/applications/{id}?done={done}");
        }

        if (outcome.Errors.Any(e => e.Code == "labels.notfound"))
        {
            return NotFound();
        }

        Errors = [.. outcome.Errors.Select(e => LabelProblems.Message(text, e))];
        await LoadAsync(id, !keepForm, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, bool resetForm, CancellationToken cancellationToken)
    {
        var detail = await read.DetailAsync(Actor, id, cancellationToken);
        if (detail is null)
        {
            return false;
        }

        Detail = detail;
        if (resetForm)
        {
            Form = AssessmentForm.From(detail.Current.Assessment).WithSpareRows(detail.Current.Assessment.Items.Count == 0 ? 30 : AssessmentForm.SpareRows);
        }

        return true;
    }

    public static string LevelKey(GreenLevel? level) => "labels.level." + (level ?? GreenLevel.NotQualified);
}
