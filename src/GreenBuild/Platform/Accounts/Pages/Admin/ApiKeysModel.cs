using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform.Accounts.Pages.Admin;

[Authorize(Policy = Policies.ProvinceAdmin)]
public sealed class ApiKeysModel(GreenBuildDb db, ManageApiKeys keys, UserManager<GreenBuildUser> users, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string OwnerEmail { get; set; } = "";
    [BindProperty] public string Scopes { get; set; } = "read";

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Owners { get; private set; } = new Dictionary<string, string>();

    public string? NewToken { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAtUtc).ToListAsync();
        var ownerIds = Keys.Select(k => k.OwnerUserId).Distinct().ToList();
        Owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id);
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var owner = await users.FindByEmailAsync(OwnerEmail.Trim());
        var outcome = await keys.CreateAsync(Name, owner?.Id ?? OwnerEmail, Scopes.Split([' ', ',', '，'], StringSplitOptions.RemoveEmptyEntries), null);
        NewToken = outcome.Value?.Token;
        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id)
    {
        var outcome = await keys.RevokeAsync(id);
        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        await OnGetAsync();
        return Page();
    }
}
