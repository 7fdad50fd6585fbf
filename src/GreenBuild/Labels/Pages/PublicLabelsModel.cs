using GreenBuild.Labels.Model;
using GreenBuild.Labels.Notice;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Labels.Pages;

/// <summary>标识公示 — the public portal's notices (with the objection form while open), certificates with downgrades and revocations, and objection tracking.</summary>
[AllowAnonymous]
public sealed class PublicLabelsModel(GreenBuildDb db, FileObjection file, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    public IReadOnlyList<PublicNotice> Notices { get; private set; } = [];

    public IReadOnlyList<Certificate> Certificates { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public Objection? Filed { get; private set; }

    public Objection? Tracked { get; private set; }

    public string? TrackCode { get; private set; }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(string? track, CancellationToken cancellationToken)
    {
        var now = Now;
        Notices = [.. (await db.Set<PublicNotice>().AsNoTracking().Where(n => n.StartsAtUtc <= now).ToListAsync(cancellationToken)).OrderByDescending(n => n.StartsAtUtc)];
        Certificates = [.. (await db.Set<Certificate>().AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(c => c.StatusChangedAtUtc ?? c.IssuedAtUtc)];
        if (!string.IsNullOrWhiteSpace(track))
        {
            TrackCode = track;
            var code = Numbering.NormalizeCode(track);
            Tracked = await db.Set<Objection>().AsNoTracking().FirstOrDefaultAsync(o => o.TrackingCode == code, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostObjectAsync(Guid noticeId, ObjectionInput input, CancellationToken cancellationToken)
    {
        var outcome = await file.RunAsync(noticeId, input, cancellationToken);
        Errors = [.. outcome.Errors.Select(e => LabelProblems.Message(text, e))];
        Filed = outcome.Value;
        await OnGetAsync(null, cancellationToken);
        return Page();
    }
}
