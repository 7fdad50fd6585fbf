using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Pages.Monitoring;

/// <summary>数据采集器 — registers collectors (their key is shown once), revokes a key, issues a new one; within the official's scope.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class CollectorsModel(GreenBuildDb db, RegisterMonitoring register, ManageCollectorKeys keys, IStringLocalizer<Platform.Localization.UiText> text) : PageModel
{
    public IReadOnlyList<CollectorKeyState> Collectors { get; private set; } = [];

    public IReadOnlyList<Place> Places { get; private set; } = [];

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>A key just issued: shown this once, never stored.</summary>
    public (string Collector, string Token)? Issued { get; private set; }

    public (string? Name, string? CityCode) Typed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string? name, string? cityCode, CancellationToken cancellationToken)
    {
        var outcome = await register.AddCollectorAsync(DataScope.Of(User), name ?? "", cityCode ?? "", UserId, cancellationToken);
        if (outcome.Succeeded)
        {
            Issued = (outcome.Value!.Collector.Name, outcome.Value.Token);
        }
        else
        {
            Typed = (name, cityCode);
        }

        return await ShowAsync(outcome.Errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await keys.RevokeAsync(DataScope.Of(User), id, cancellationToken);
        Message = outcome.Succeeded ? text["energy.collector.revoked", outcome.Value!.Name].Value : null;
        return await ShowAsync(outcome.Errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await keys.IssueAsync(DataScope.Of(User), id, UserId, cancellationToken);
        Issued = outcome.Succeeded ? (outcome.Value!.Collector.Name, outcome.Value.Token) : null;
        return await ShowAsync(outcome.Errors, cancellationToken);
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<IActionResult> ShowAsync(IReadOnlyList<PlatformError> errors, CancellationToken cancellationToken)
    {
        Errors = [.. errors.Select(e => (e.Field, Problems.Message(text, e)))];
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        Collectors = await keys.ListAsync(scope, cancellationToken);
        Places = [.. (await FormValues.PlacesAsync(db, scope, cancellationToken)).Where(p => p.Level == PlaceLevel.Prefecture)];
    }
}
