using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform.Accounts.Pages.Admin;

[Authorize(Policy = Policies.ProvinceAdmin)]
public sealed class OrganizationsModel(GreenBuildDb db, AddOrganization add, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public OrganizationKind Kind { get; set; }
    [BindProperty] public string? CreditCode { get; set; }
    [BindProperty] public string? CityCode { get; set; }

    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync() => Organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await add.RunAsync(Name, Kind, CreditCode, CityCode);
        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        await OnGetAsync();
        return Page();
    }
}
