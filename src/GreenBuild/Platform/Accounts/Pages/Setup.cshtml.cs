using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform.Accounts.Pages;

/// <summary>First run: while no account exists, anyone who reaches the server may create the first administrator.</summary>
[AllowAnonymous]
public sealed class SetupModel(GreenBuildDb db, AddOrganization addOrganization, AddUser addUser, SignInManager<GreenBuildUser> signIn, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text) : PageModel
{
    [BindProperty]
    public string Organization { get; set; } = "山西省住房和城乡建设厅";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await db.Users.AnyAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.Users.AnyAsync())
        {
            return NotFound();
        }

        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Name == Organization.Trim());
        if (organization is null)
        {
            var created = await addOrganization.RunAsync(Organization, OrganizationKind.ProvincialDepartment, null, null);
            if (!created.Succeeded)
            {
                Errors = [.. created.Errors.Select(e => Problems.Message(text, e))];
                return Page();
            }

            organization = created.Value!;
        }

        var outcome = await addUser.RunAsync(new NewUser(Email.Trim(), DisplayName, Roles.ProvinceAdmin, Password, null, organization.Id));
        if (!outcome.Succeeded)
        {
            Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
            return Page();
        }

        await signIn.SignInAsync(outcome.Value!, isPersistent: false);
        return Redirect("/admin/users");
    }
}
