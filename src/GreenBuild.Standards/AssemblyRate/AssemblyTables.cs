namespace GreenBuild.Standards.AssemblyRate;

/// <summary>Table 4.0.1, §3.0.3 and §5.0.2 as read from gbt-51129-2017-assembly-rate.json.</summary>
internal sealed record AssemblyTable(
    decimal TotalScore,
    int InterpolationDecimals,
    RoundingRule GradeRounding,
    decimal MinimumAssemblyRate,
    decimal GradingMinimumVerticalRatio,
    IReadOnlyList<PartRow> Parts,
    IReadOnlyList<ItemRow> Items,
    IReadOnlyList<GradeRow> Grades);

internal sealed record RoundingRule(int Decimals, string Mode);

internal sealed record PartRow(AssemblyPart Part, string NameZh, string Symbol, decimal Maximum, decimal Minimum);

internal sealed record ItemRow(
    AssemblyItem Item,
    AssemblyPart Part,
    string NameZh,
    string Kind,
    decimal? LowerRatio,
    decimal? UpperRatio,
    decimal? LowerScore,
    decimal UpperScore,
    bool MayBeNotApplicable,
    string Status);

internal sealed record GradeRow(AssemblyGrade Grade, string NameZh, decimal MinimumRate, decimal? MaximumRate);
