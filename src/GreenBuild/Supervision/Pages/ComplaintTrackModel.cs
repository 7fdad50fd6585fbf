using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Complaints;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Pages;

/// <summary>查询办理进度 — a complaint's status and history by its tracking code; no contact details, no officers' names.</summary>
[AllowAnonymous]
public sealed class ComplaintTrackModel(GreenBuildDb db, ComplaintRateLimits limits) : PageModel
{
    public string? Code { get; private set; }

    public bool JustFiled { get; private set; }

    public bool NoSuchCode { get; private set; }

    public Complaint? Complaint { get; private set; }

    public string? CityName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, int? filed, CancellationToken ct)
    {
        (Code, JustFiled) = (code, filed == 1);
        if (string.IsNullOrWhiteSpace(code))
        {
            return Page();
        }

        if (!limits.TryRead(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var normalized = TrackingCode.Normalize(code);
        Complaint = normalized is null ? null : await db.Set<Complaint>().AsNoTracking().Include(c => c.Events).FirstOrDefaultAsync(c => c.TrackingCode == normalized, ct);
        NoSuchCode = Complaint is null;
        CityName = Complaint is null ? null : await db.Places.Where(p => p.Code == Complaint.CityCode).Select(p => p.Name).FirstOrDefaultAsync(ct);
        return Page();
    }

    public string Formatted => Complaint is null ? "" : TrackingCode.Format(Complaint.TrackingCode);
}
