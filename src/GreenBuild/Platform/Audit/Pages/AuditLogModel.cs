using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GreenBuild.Platform.Audit.Pages;

/// <summary>One field of an audit entry: its value before and after the change.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

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

    /// <summary>
    /// The changes of an entry as readable rows, values shortened for the table. A creation lists each field's value;
    /// creations logged before 2026-12-02 (and every update and deletion) list each field's before and after.
    /// </summary>
    public static IReadOnlyList<FieldChange> ChangesOf(AuditEntry entry)
    {
        using var document = System.Text.Json.JsonDocument.Parse(entry.Changes);
        var fields = document.RootElement.EnumerateObject().ToList();
        var beforeAndAfter = fields.All(f => f.Value.ValueKind == System.Text.Json.JsonValueKind.Object
            && f.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["after", "before"]));
        return [.. fields.Select(f => beforeAndAfter
            ? new FieldChange(f.Name, Short(f.Value.GetProperty("before")), Short(f.Value.GetProperty("after")))
            : new FieldChange(f.Name, null, Short(f.Value)))];
    }

    private static string? Short(System.Text.Json.JsonElement value) => value.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Null => null,
        System.Text.Json.JsonValueKind.String => Clip(value.GetString()!),
        _ => Clip(value.GetRawText()),
    };

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "…";

    /// <summary>Keeps the filters when the page posts (verify) back to itself.</summary>
    public Dictionary<string, string> RouteValues() => new Dictionary<string, string?>
    {
        ["entityType"] = EntityType, ["action"] = Action?.ToString(), ["actor"] = Actor,
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"),
    }.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!);

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["entityType"] = EntityType, ["action"] = Action?.ToString(), ["actor"] = Actor,
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
