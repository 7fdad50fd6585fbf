using System.Globalization;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Draw;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Pages;

/// <summary>The public draw verification page: paste the published inputs, see the digest, the key, every step and the result.</summary>
[AllowAnonymous]
public sealed class DrawVerifyModel(IStringLocalizer<UiText> text) : PageModel
{
    /// <summary>RFC 3797 §6: a pool of 25 (ids 01…25 sort in the RFC's numbering) and its three sources.</summary>
    private static readonly (string Candidates, string Count, string Sources) Rfc3797Example = (
        string.Join('\n', Enumerable.Range(1, 25).Select(i => i.ToString("00", CultureInfo.InvariantCulture))), "10", "9319\n2 5 12 8 10\n9 18 26 34 41 45");

    [BindProperty]
    public string Candidates { get; set; } = "";

    [BindProperty]
    public string Count { get; set; } = "";

    [BindProperty]
    public string Sources { get; set; } = "";

    [BindProperty]
    public string? Avoid { get; set; }

    [BindProperty]
    public string? Digest { get; set; }

    public DrawVerification? Verification { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet(string? example)
    {
        if (example == "rfc3797")
        {
            (Candidates, Count, Sources) = Rfc3797Example;
        }
    }

    public IActionResult OnPost()
    {
        if (!int.TryParse(Count, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Errors = [text["draw.error.count.range", Count].Value];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var sources = Sources.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var outcome = VerifyDraw.Run(new DrawVerifyRequest(Candidates, count, sources, Avoid, Digest));
        if (!outcome.Succeeded)
        {
            Errors = [.. outcome.Errors.Select(e => text[e.MessageKey, e.Arguments].Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Verification = outcome.Value;
        return Page();
    }

    public string Reason(DrawStep step) => string.IsNullOrEmpty(step.SkipReason) ? text["draw.skip.listed"] : step.SkipReason;
}
