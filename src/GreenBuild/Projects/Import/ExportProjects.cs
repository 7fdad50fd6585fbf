using System.Text;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects.Import;

/// <summary>
/// 导出 — any filtered list as the import template (.xlsx, with its lists) or CSV (UTF-8 with BOM, which Excel opens
/// as Chinese), followed by the latest check's finding counts. An export re-imports unchanged. In CSV, text that a
/// spreadsheet would run as a formula (=, +, -, @ first) is written with a leading apostrophe.
/// </summary>
public sealed class ExportProjects(GreenBuildDb db)
{
    public async Task WriteAsync(DataScope scope, ProjectQuery query, bool csv, Stream output, CancellationToken cancellationToken = default)
    {
        var places = await PlaceNames.LoadAsync(db, cancellationToken);
        var placeLabels = places.ListEntries.ToDictionary(e => e[..6], e => e);
        var projects = await query.Apply(db, scope).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var organizationIds = projects.SelectMany(p => new[] { p.OrganizationId, p.DesignOrganizationId ?? Guid.Empty, p.ConstructionOrganizationId ?? Guid.Empty })
            .Where(i => i != Guid.Empty).Distinct().ToList();
        var organizations = new Dictionary<Guid, (string, string?)>();
        foreach (var chunk in organizationIds.Chunk(500))
        {
            foreach (var o in await db.Organizations.AsNoTracking().Where(o => chunk.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.CreditCode }).ToListAsync(cancellationToken))
            {
                organizations[o.Id] = (o.Name, o.CreditCode);
            }
        }

        var rows = projects.Select(p => (IReadOnlyList<object?>)ProjectCells.Of(p, organizations, placeLabels));
        if (!csv)
        {
            ProjectTemplate.Write(output, places, rows);
            return;
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        var headers = ProjectColumns.All.Select(c => c.Header).Concat(ProjectColumns.ExportOnly).ToList();
        await writer.WriteLineAsync(string.Join(",", headers.Select(Quote)));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(string.Join(",", row.Select(v => Quote(Text(v)))));
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>RFC 4180 quoting, and OWASP's defence against CSV injection.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
