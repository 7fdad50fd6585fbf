using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform.Accounts.Pages;

public sealed class ChangePasswordModel(UserManager<GreenBuildUser> users, SignInManager<GreenBuildUser> signIn, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text) : PageModel
{
    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    public bool Done { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(IdentityErrors.ToPlatformError).Select(e => Problems.Message(text, e))];
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Done = true;
        return Page();
    }
}
