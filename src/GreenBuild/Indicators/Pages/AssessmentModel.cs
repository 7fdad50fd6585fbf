using GreenBuild.Indicators.Assessment;
using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Indicators.Pages;

/// <summary>年度考核 — schemes (new versions), runs for a year, the ranked table with breakdown, publication and export.</summary>
[Authorize(Policy = Policies.ProvinceOnly)]
public sealed class AssessmentModel(GreenBuildDb db, SaveAssessmentScheme saveScheme, RunAssessment runAssessment, IStringLocalizer<Platform.Localization.UiText> text) : PageModel
{
    public IReadOnlyList<AssessmentScheme> Schemes { get; private set; } = [];

    public IReadOnlyList<AssessmentRun> Runs { get; private set; } = [];

    public AssessmentRun? Selected { get; private set; }

    public AssessmentResult? Result { get; private set; }

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(Guid? run, CancellationToken cancellationToken)
    {
        Schemes = [.. (await db.Set<AssessmentScheme>().AsNoTracking().Include(s => s.Items).ToListAsync(cancellationToken)).OrderBy(s => s.Name).ThenByDescending(s => s.Version)];
        Runs = [.. (await db.Set<AssessmentRun>().AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(r => r.Year).ThenByDescending(r => r.RunAtUtc)];
        Indicators = [.. (await db.Set<Indicator>().AsNoTracking().ToListAsync(cancellationToken)).OrderBy(i => i.SortOrder)];
        Selected = Runs.FirstOrDefault(r => r.Id == run) ?? (Runs.Count > 0 ? Runs[0] : null);
        Result = Selected is null ? null : RunAssessment.ResultOf(Selected);
    }

    public async Task<IActionResult> OnPostSchemeAsync(string name, CancellationToken cancellationToken)
    {
        var items = new List<SaveAssessmentScheme.Item>();
        foreach (var indicator in await db.Set<Indicator>().AsNoTracking().Select(i => i.Code).ToListAsync(cancellationToken))
        {
            var weight = Request.Form["w_" + indicator].ToString();
            if (weight.Length == 0)
            {
                continue;
            }

            var rule = Enum.TryParse<ScoringRule>(Request.Form["r_" + indicator], out var r) ? r : ScoringRule.RatioCapped;
            items.Add(new(indicator, SaveCityReport.TryParse(weight, out var w) ? w : -1, rule, Request.Form["t_" + indicator]));
        }

        var outcome = await saveScheme.RunAsync(name, items, cancellationToken);
        Errors = [.. outcome.Errors.Select(e => IndicatorProblems.Message(text, e))];
        await OnGetAsync(null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(Guid scheme, int year, CancellationToken cancellationToken)
    {
        var outcome = await runAssessment.RunAsync(scheme, year, cancellationToken);
        Errors = [.. outcome.Errors.Select(e => IndicatorProblems.Message(text, e))];
        await OnGetAsync(outcome.Value?.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await runAssessment.PublishAsync(id, cancellationToken);
        Errors = [.. outcome.Errors.Select(e => IndicatorProblems.Message(text, e))];
        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}
