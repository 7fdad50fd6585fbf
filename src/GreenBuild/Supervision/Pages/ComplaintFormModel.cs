using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Places;
using GreenBuild.Supervision.Complaints;
using GreenBuild.Supervision.Inspections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GreenBuild.Supervision.Pages;

/// <summary>投诉举报 — the public form: no account, a proof-of-work challenge instead of a CAPTCHA, rate-limited per IP.</summary>
[AllowAnonymous]
public sealed class ComplaintFormModel(GreenBuildDb db, ComplaintChallenge challenges, ComplaintRateLimits limits, FileComplaint file,
    IOptions<ComplaintOptions> options, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty] public string? Category { get; set; }

    [BindProperty] public string? CityCode { get; set; }

    [BindProperty] public string? Place { get; set; }

    [BindProperty] public string? Description { get; set; }

    [BindProperty] public string? ContactName { get; set; }

    [BindProperty] public string? ContactPhone { get; set; }

    [BindProperty] public string? Token { get; set; }

    [BindProperty] public string? Nonce { get; set; }

    public int Difficulty { get; private set; }

    public long WaitMilliseconds => (long)options.Value.MinFillTime.TotalMilliseconds;

    public int MaxFiles => options.Value.MaxFiles;

    public IReadOnlyList<Place> Places { get; private set; } = [];

    public IReadOnlyList<string> Categories => ComplaintCategories.All;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!limits.TryRead(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? files, CancellationToken ct)
    {
        if (!limits.TryFile(HttpContext))
        {
            Errors = [text["complaint.form.tooMany"]];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await PrepareAsync(ct);
            return Page();
        }

        var uploads = await Upload.FromFormAsync(files, options.Value.MaxFiles + 1, ct);

        var outcome = await file.RunAsync(new ComplaintInput(Category, CityCode, Place, Description, ContactName, ContactPhone, Token, Nonce), uploads, ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/complaints/track?code={TrackingCode.Format(outcome.Value!.TrackingCode)}&filed=1");
        }

        Errors = [.. outcome.Errors.Select(e => SupervisionProblems.Message(text, e))];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await PrepareAsync(ct);
        return Page();
    }

    /// <summary>A fresh challenge for every rendering (a refused form is sent again with a new one), and the places to choose from.</summary>
    private async Task PrepareAsync(CancellationToken ct)
    {
        var challenge = challenges.Issue();
        (Token, Nonce, Difficulty) = (challenge.Token, null, challenge.Difficulty);
        ModelState.Remove(nameof(Token));
        ModelState.Remove(nameof(Nonce));
        Places = await db.Places.AsNoTracking().Where(p => p.Level != PlaceLevel.Province).OrderBy(p => p.Code).ToListAsync(ct);
    }
}
