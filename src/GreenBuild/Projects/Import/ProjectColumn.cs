namespace GreenBuild.Projects.Import;

/// <summary>How a column's text becomes a value.</summary>
internal enum ColumnKind
{
    Text,
    Decimal,
    Integer,
    Date,
    Flag,
    Choice,
    Place,
}

/// <summary>
/// One column of the project template: the <see cref="Field"/> it fills (the JSON name, as validation errors name
/// it), its header in Chinese (the template's) and English (also accepted on import), and for choices the labels
/// a cell may hold, each with the value it means.
/// </summary>
internal sealed record ProjectColumn(string Field, string HeaderZh, string HeaderEn, ColumnKind Kind, bool Required, string Hint,
    IReadOnlyList<(string Label, string Value)> Choices)
{
    public ProjectColumn(string field, string headerZh, string headerEn, ColumnKind kind, bool required = false, string hint = "")
        : this(field, headerZh, headerEn, kind, required, hint, [])
    {
    }

    /// <summary>The header as the template writes it: required columns end with *.</summary>
    public string Header => Required ? HeaderZh + "*" : HeaderZh;
}
