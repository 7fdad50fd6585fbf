using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GreenBuild.Platform.Audit.Pages;

[Authorize(Policy = Policies.ProvinceAdmin)]
public sealed class AuditLogModel(SearchAuditLog search, VerifyAuditChain verify) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public AuditAction? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public DateTime? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateTime? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = new([], 0, 1, 50, []);

    public AuditVerdict? Verdict { get; private set; }

    public async Task OnGetAsync() => Result = await search.RunAsync(new AuditQuery(
        EntityType, null, Actor, Action,
        From is { } f ? Formats.ToUtc(f.Date) : null,
        To is { } t ? Formats.ToUtc(t.Date.AddDays(1)) : null,
        PageNumber));

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        Verdict = await verify.RunAsync(HttpContext.RequestAborted);
        await OnGetAsync();
        return Page();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["entityType"] = EntityType, ["action"] = Action?.ToString(), ["actor"] = Actor,
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
