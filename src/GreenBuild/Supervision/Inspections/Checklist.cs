using System.Text.Json;
using GreenBuild.Supervision.Model;

namespace GreenBuild.Supervision.Inspections;

/// <summary>
/// 检查表 — the checklist items, each citing the plan rule (quoted from the seed) or the standard it checks, as
/// versioned reference data (<c>Supervision/Checklists/checklist-*.json</c>). An inspection gets the items of its
/// object kind.
/// </summary>
internal sealed record Checklist(string Version, string Source, IReadOnlyList<ChecklistItem> Items)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<Checklist> Shipped = new(() =>
    {
        using var stream = typeof(Checklist).Assembly.GetManifestResourceStream("GreenBuild.Supervision.Checklists.checklist-2026.1.json")
            ?? throw new InvalidOperationException("checklist-2026.1.json is not embedded");
        return JsonSerializer.Deserialize<Checklist>(stream, Json)!;
    });

    public static Checklist Current => Shipped.Value;

    public IEnumerable<ChecklistItem> For(ObjectKind kind) => Items.Where(i => i.Kinds.Contains(kind.ToString()));
}

internal sealed record ChecklistItem(string Code, IReadOnlyList<string> Kinds, string Text, string Citation);
