using System.Text.Json;

namespace GreenBuild.Standards.Reference;

/// <summary>参考数据文件 — one versioned reference table with its source, as embedded or overridden.</summary>
/// <param name="File">The file name, e.g. "gbt-51129-2017-assembly-rate.json".</param>
/// <param name="Standard">The standard or publication, e.g. "GB/T 51129-2017".</param>
/// <param name="Edition">The edition it reproduces.</param>
/// <param name="Clause">The clause or table it reproduces.</param>
/// <param name="Version">The version of this reference data.</param>
/// <param name="Status">"checked" (read in the text or a named secondary source) or "unverified" (recalled).</param>
/// <param name="Source">Where the values were read, or why they are unverified.</param>
public sealed record ReferenceDocument(
    string File,
    string Standard,
    string Edition,
    string Clause,
    string Version,
    string Status,
    string Source)
{
    /// <summary>The table itself (the "data" member of the file).</summary>
    internal JsonElement Data { get; init; }

    /// <summary>The record of this document kept in a calculation's explanation.</summary>
    public ReferenceUse ToUse() => new(File, Standard, Edition, Clause, Version, Status);
}
