using GreenBuild.Labels.Certificates;
using GreenBuild.Labels.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GreenBuild.Labels.Pages;

/// <summary>证书查验 — anyone enters a certificate number and its verification code and sees the certificate as it stands.</summary>
[AllowAnonymous]
public sealed class VerifyModel(VerifyCertificate verify) : PageModel
{
    public string? Number { get; private set; }

    public string? Code { get; private set; }

    public bool Checked { get; private set; }

    public Certificate? Certificate { get; private set; }

    public async Task OnGetAsync(string? number, string? code, CancellationToken cancellationToken)
    {
        (Number, Code) = (number, code);
        if (!string.IsNullOrWhiteSpace(number) && !string.IsNullOrWhiteSpace(code))
        {
            Checked = true;
            Certificate = await verify.RunAsync(number, code, cancellationToken);
        }
    }
}
