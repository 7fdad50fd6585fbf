using GreenBuild.Labels.Api;
using GreenBuild.Labels.Model;
using GreenBuild.Labels.Review;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Localization;
using GreenBuild.Standards.GreenRating;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Labels.Pages;

/// <summary>专家评分 — a drawn expert's assignment: each item with the applicant's score and evidence, its own score and comment, or a declared conflict.</summary>
[Authorize(Roles = Roles.Expert)]
public sealed class ReviewModel(ReadAssignment read, SubmitExpertReview submit, DeclareConflict declare, IStringLocalizer<UiText> text) : PageModel
{
    public LabelDtos.AssignmentDto Assignment { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Done { get; private set; }

    public Dictionary<string, (decimal? Score, string? Comment)> Entered { get; private set; } = [];

    public string? Opinion { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Done = done;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostScoreAsync(Guid id, List<string> clause, List<decimal?> score, List<string?> comment, string? opinion, GreenLevel? recommendedLevel, CancellationToken cancellationToken)
    {
        var scores = clause.Select((c, i) => new ExpertScore(c, i < score.Count ? score[i] ?? -1 : -1, i < comment.Count ? comment[i] : null)).ToList();
        var outcome = await submit.RunAsync(LabelActor.Of(User), id, new ExpertReviewInput(scores, opinion, recommendedLevel), cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect($"/labels/reviews/{id}?done=scored");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Errors = [.. outcome.Errors.Select(e => LabelProblems.Message(text, e))];
        Entered = clause.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (x.i < score.Count ? score[x.i] : null, x.i < comment.Count ? comment[x.i] : null));
        Opinion = opinion;
        return Page();
    }

    public async Task<IActionResult> OnPostConflictAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await declare.RunAsync(LabelActor.Of(User), id, reason, cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect("/labels?done=conflict");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Errors = [.. outcome.Errors.Select(e => LabelProblems.Message(text, e))];
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var assignment = await read.RunAsync(LabelActor.Of(User), id, cancellationToken);
        if (assignment is null)
        {
            return false;
        }

        Assignment = assignment;
        Entered = assignment.Scores.Count > 0
            ? assignment.Scores.ToDictionary(s => s.Clause, s => ((decimal?)s.Score, s.Comment))
            : assignment.Items.ToDictionary(i => i.Clause, i => ((decimal?)i.Score, (string?)null));
        Opinion = assignment.Opinion;
        return true;
    }
}
