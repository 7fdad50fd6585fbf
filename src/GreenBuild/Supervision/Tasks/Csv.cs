namespace GreenBuild.Supervision.Tasks;

/// <summary>The comma-separated lists tasks keep (stages, types, cities, specialties).</summary>
internal static class Csv
{
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    public static string Join(IEnumerable<string>? items) => string.Join(',', (items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal));
}
