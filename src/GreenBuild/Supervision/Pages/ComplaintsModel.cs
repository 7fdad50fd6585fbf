using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Pages;

/// <summary>投诉举报办理 — the complaints of the officer's city (all for the province), soonest due first, overdue marked.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class ComplaintsModel(GreenBuildDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Complaint> Complaints { get; private set; } = [];

    public DateTime Now { get; private set; }

    public async Task OnGetAsync(bool? open, CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var query = DataScope.Of(User).WithinCity(db.Set<Complaint>().AsNoTracking(), c => c.CityCode);
        if (open != false)
        {
            query = query.Where(c => c.Status != ComplaintStatus.Answered && c.Status != ComplaintStatus.Rejected);
        }

        Complaints = [.. (await query.ToListAsync(ct)).OrderBy(c => c.DueAtUtc)];
    }

    public bool IsOverdue(Complaint c) => c.Status is not (ComplaintStatus.Answered or ComplaintStatus.Rejected) && Now > c.DueAtUtc;
}
