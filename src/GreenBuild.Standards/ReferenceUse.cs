namespace GreenBuild.Standards;

/// <summary>参考数据版本 — a reference table a calculation used, recorded with its version and verification status.</summary>
/// <param name="File">The reference file, e.g. "gbt-51129-2017-assembly-rate.json".</param>
/// <param name="Standard">The standard it comes from, e.g. "GB/T 51129-2017".</param>
/// <param name="Edition">The edition of the standard or publication.</param>
/// <param name="Clause">The clause or table it reproduces.</param>
/// <param name="Version">The version of the reference data.</param>
/// <param name="Status">"checked" or "unverified".</param>
public sealed record ReferenceUse(string File, string Standard, string Edition, string Clause, string Version, string Status);
