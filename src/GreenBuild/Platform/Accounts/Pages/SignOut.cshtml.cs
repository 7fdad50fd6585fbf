using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GreenBuild.Platform.Accounts.Pages;

/// <summary>Signing out is a POST with an anti-forgery token, so no link on another site can do it.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<GreenBuildUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
