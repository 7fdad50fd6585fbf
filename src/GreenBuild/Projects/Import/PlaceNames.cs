using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects.Import;

/// <summary>
/// Reads the place of a row as officials write it: the GB/T 2260 code, the template's list entry "140105 小店区",
/// a unique name ("小店区"), or the prefecture with the name ("阳泉市城区") where a name alone is ambiguous.
/// </summary>
internal sealed class PlaceNames
{
    private readonly HashSet<string> codes;
    private readonly Dictionary<string, List<string>> byName;

    private PlaceNames(IEnumerable<(string Code, string Name, string? Parent)> places)
    {
        var list = places.ToList();
        codes = [.. list.Select(p => p.Code)];
        byName = [];
        foreach (var (code, name, parent) in list)
        {
            Add(name, code);
            if (parent is not null)
            {
                Add(parent + name, code);
            }
        }
    }

    /// <summary>The entries of the template's place list: "140105 太原市小店区".</summary>
    public IReadOnlyList<string> ListEntries { get; private init; } = [];

    public static async Task<PlaceNames> LoadAsync(GreenBuildDb db, CancellationToken cancellationToken)
    {
        var places = await db.Places.AsNoTracking().Where(p => p.Level != PlaceLevel.Province)
            .Select(p => new { p.Code, p.Name, p.ParentCode, p.Level }).ToListAsync(cancellationToken);
        var names = places.ToDictionary(p => p.Code, p => p.Name);
        var rows = places.OrderBy(p => p.Code)
            .Select(p => (p.Code, p.Name, Parent: p.Level == PlaceLevel.County && p.ParentCode is not null ? names.GetValueOrDefault(p.ParentCode) : null))
            .ToList();
        return new PlaceNames(rows) { ListEntries = [.. rows.Select(r => $"{r.Code} {r.Parent}{r.Name}")] };
    }

    /// <summary>The code, or the message key of why the text names no single place.</summary>
    public (string? Code, string? Error) Resolve(string text)
    {
        text = text.Trim();
        var head = text.Length >= 6 ? text[..6] : text;
        if (head.All(char.IsAsciiDigit) && head.Length == 6)
        {
            return codes.Contains(head) ? (head, null) : (null, "projects.import.placeUnknown");
        }

        return byName.TryGetValue(text, out var found)
            ? found.Count == 1 ? (found[0], null) : (null, "projects.import.placeAmbiguous")
            : (null, "projects.import.placeUnknown");
    }

    private void Add(string name, string code)
    {
        if (!byName.TryGetValue(name, out var list))
        {
            byName[name] = list = [];
        }

        list.Add(code);
    }
}
