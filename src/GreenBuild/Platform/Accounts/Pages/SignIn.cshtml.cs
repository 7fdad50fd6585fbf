using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform.Accounts.Pages;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<GreenBuildUser> signIn, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = result.IsLockedOut ? text["signin.lockedout"] : result.IsNotAllowed ? text["signin.disabled"] : text["signin.failed"];
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
