using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Pages;

/// <summary>
/// 项目审查规则 — every rule-set version with its rules and sources, for anyone; the province administrator pastes or
/// uploads a new version's JSON, previews what would change (rules, projects whose findings change) and publishes it.
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(PublishRuleSet.MaxJsonLength + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = PublishRuleSet.MaxJsonLength + 64 * 1024, ValueLengthLimit = PublishRuleSet.MaxJsonLength + 1024)]
public sealed class RulesModel(RuleSetCatalog catalog, PublishRuleSet publish, IStringLocalizer<UiText> text) : PageModel
{
    public IReadOnlyList<RuleSet> Versions { get; private set; } = [];

    /// <summary>The version shown (the current one unless another is asked for).</summary>
    public RuleSet Shown { get; private set; } = null!;

    public bool ShowsCurrent => Shown == Versions[^1];

    public bool CanPublish => User.IsInRole(Roles.ProvinceAdmin);

    [BindProperty]
    public string? RuleSetJson { get; set; }

    public RuleSetPreview? Preview { get; private set; }

    public bool Published { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? version, CancellationToken cancellationToken)
    {
        await LoadAsync(version, cancellationToken);
        return version is not null && Shown.Version != version ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken) => RunAsync(file, false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(IFormFile? file, CancellationToken cancellationToken) => RunAsync(file, true, cancellationToken);

    private async Task<IActionResult> RunAsync(IFormFile? file, bool store, CancellationToken cancellationToken)
    {
        if (!CanPublish)
        {
            return Forbid();
        }

        if (file is { Length: > 0 })
        {
            if (file.Length > PublishRuleSet.MaxJsonLength)
            {
                RuleSetJson = null;
            }
            else
            {
                using var reader = new StreamReader(file.OpenReadStream());
                RuleSetJson = await reader.ReadToEndAsync(cancellationToken);
            }
        }

        var outcome = await publish.RunAsync(RuleSetJson ?? "", store, User.FindFirstValue(PlatformClaims.DisplayName) ?? User.Identity?.Name ?? "?", cancellationToken);
        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        Preview = outcome.Value;
        Published = store && outcome.Succeeded;
        await LoadAsync(null, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(string? version, CancellationToken cancellationToken)
    {
        Versions = await catalog.VersionsAsync(cancellationToken);
        Shown = (version is null ? null : Versions.FirstOrDefault(v => v.Version == version)) ?? Versions[^1];
    }
}
