using GreenBuild.Standards.Reference;

namespace GreenBuild.Standards.AssemblyRate;

/// <summary>
/// 装配率计算与等级评价 — GB/T 51129-2017: item scores of table 4.0.1 with linear interpolation,
/// P = (Q1 + Q2 + Q3) / (100 − Q4) × 100% (§4.0.1), the entry conditions of §3.0.3 (装配式建筑),
/// and the grades A / AA / AAA of §5.0.1–5.0.2.
/// </summary>
public sealed class AssemblyRateCalculator : StandardCalculator<AssemblyRateInput, AssemblyRateOutcome>
{
    /// <summary>The reference file of table 4.0.1, §3.0.3 and §5.0.2.</summary>
    public const string TableFile = "gbt-51129-2017-assembly-rate.json";

    private readonly ReferenceDocument document;
    private readonly AssemblyTable table;

    /// <summary>A calculator on the embedded reference tables.</summary>
    public AssemblyRateCalculator()
        : this(ReferenceLibrary.Embedded)
    {
    }

    /// <summary>A calculator on the given reference tables.</summary>
    /// <param name="library">The reference library to read.</param>
    public AssemblyRateCalculator(ReferenceLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        document = library.Get(TableFile);
        table = ReferenceJson.Read<AssemblyTable>(document);
    }

    /// <inheritdoc />
    public override string Name => "assembly-rate";

    /// <inheritdoc />
    public override string Standard => "GB/T 51129-2017";

    /// <inheritdoc />
    public override string Title => Text.Get("Assembly.Title");

    private protected override void Validate(AssemblyRateInput input, InputErrors errors) =>
        AssemblyRateValidation.Validate(input, table, errors);

    private protected override CalculationResult<AssemblyRateOutcome> Compute(AssemblyRateInput input)
    {
        var x = new ExplanationBuilder(Standard);
        x.Uses(document);
        IReadOnlyList<AssemblyItem> notApplicable = input.NotApplicable ?? [];
        AssemblyItemScore[] items = table.Items.Select(row => ScoreItem(row, input, notApplicable, x)).ToArray();
        AssemblyPartScore[] parts = table.Parts.Select(row => ScorePart(row, items, x)).ToArray();

        decimal q4 = items.Where(i => !i.Applicable).Sum(i => i.Maximum);
        x.Step("4.0.1", Text.Get("Assembly.Step.Q4"), "Q4 = Σ maxima of items not present",
            Sv.Of("Q4", q4, "分"), items.Where(i => !i.Applicable).Select(i => Sv.Of(i.NameZh, i.Maximum, "分")).ToArray());

        decimal sum = parts.Sum(p => p.Score);
        decimal rate = sum / (table.TotalScore - q4) * 100;
        x.Step("4.0.1", Text.Get("Assembly.Step.Rate"), $"P = (Q1 + Q2 + Q3) / ({Num.Text(table.TotalScore)} − Q4) × 100%",
            Sv.Of("P", Num.Present(rate), "%"), [.. parts.Select(p => Sv.Of(p.Symbol, p.Score, "分")), Sv.Of("Q4", q4, "分")]);

        decimal assessed = Num.Round(rate, table.GradeRounding.Decimals, table.GradeRounding.Mode);
        x.Step("5.0.2", Text.Get("Assembly.Step.Rounding"), $"P' = round(P, {table.GradeRounding.Decimals}, {table.GradeRounding.Mode})",
            Sv.Of("P'", assessed, "%"), Sv.Of("P", Num.Present(rate), "%"));

        bool prefabricated = EntryStep(parts, input.FullDecoration, assessed, x);
        decimal vertical = items.First(i => i.Item == AssemblyItem.VerticalMembers).RatioPercent ?? 0;
        bool gradable = prefabricated && vertical >= table.GradingMinimumVerticalRatio;
        x.Step("5.0.1", Text.Get("Assembly.Step.Gradable"), $"graded when prefabricated and vertical ratio ≥ {Num.Text(table.GradingMinimumVerticalRatio)}%",
            Sv.Flag(Text.Get("Assembly.Value.Gradable"), gradable),
            Sv.Flag(Text.Get("Assembly.Value.Prefabricated"), prefabricated), Sv.Of(Text.Get("Assembly.Value.Vertical"), vertical, "%"));

        AssemblyGrade grade = gradable ? GradeFor(assessed) : AssemblyGrade.None;
        string gradeName = Text.Get($"Grade.{grade}");
        x.Step("5.0.2", Text.Get("Assembly.Step.Grade"), string.Join("; ", table.Grades.Select(g => $"{g.Grade}: P' ≥ {Num.Text(g.MinimumRate)}%")),
            Sv.Text(Text.Get("Assembly.Value.Grade"), gradeName), Sv.Of("P'", assessed, "%"));

        new AssemblyRateShortfalls(table, parts, input.FullDecoration, assessed, vertical, x).Add(prefabricated, gradable, grade);
        var outcome = new AssemblyRateOutcome(items, parts, q4, rate, assessed, prefabricated, gradable, grade, gradeName);
        string summary = Text.Format("Assembly.Summary", Num.Text(Num.Present(rate)), Text.Get(prefabricated ? "Assembly.Is" : "Assembly.IsNot"), gradeName);
        return new CalculationResult<AssemblyRateOutcome>(outcome, [], x.Build(summary));
    }

    private AssemblyItemScore ScoreItem(ItemRow row, AssemblyRateInput input, IReadOnlyList<AssemblyItem> notApplicable, ExplanationBuilder x)
    {
        bool applicable = !notApplicable.Contains(row.Item);
        decimal? ratio = applicable ? AssemblyItemScoring.Ratio(input, row.Item) : null;
        decimal score = applicable ? AssemblyItemScoring.Score(row, ratio, input.FullDecoration, table) : 0;
        StepValue given = row.Kind == "Boolean"
            ? Sv.Flag(Text.Get("Assembly.Value.FullDecoration"), input.FullDecoration)
            : Sv.Of("r", ratio, "%");
        x.Step("4.0.1", Text.Format("Assembly.Step.Item", row.NameZh),
            applicable ? AssemblyItemScoring.Formula(row) : Text.Get("Assembly.NotApplicable"),
            Sv.Of(Text.Get("Assembly.Value.Score"), score, "分"), given, Sv.Of(Text.Get("Assembly.Value.Maximum"), row.UpperScore, "分"));
        return new AssemblyItemScore(row.Item, row.NameZh, row.Part, applicable, ratio, score, row.UpperScore);
    }

    private static AssemblyPartScore ScorePart(PartRow row, AssemblyItemScore[] items, ExplanationBuilder x)
    {
        AssemblyItemScore[] own = items.Where(i => i.Part == row.Part).ToArray();
        decimal score = own.Sum(i => i.Score);
        x.Step("4.0.1", Text.Format("Assembly.Step.Part", row.NameZh), $"{row.Symbol} = Σ item scores",
            Sv.Of(row.Symbol, score, "分"), own.Select(i => Sv.Of(i.NameZh, i.Score, "分")).ToArray());
        return new AssemblyPartScore(row.Part, row.NameZh, row.Symbol, score, row.Maximum, row.Minimum);
    }

    private bool EntryStep(AssemblyPartScore[] parts, bool fullDecoration, decimal assessed, ExplanationBuilder x)
    {
        bool result = parts.All(p => p.MeetsMinimum) && fullDecoration && assessed >= table.MinimumAssemblyRate;
        StepValue[] inputs =
        [
            .. parts.Where(p => p.Minimum > 0).Select(p => new StepValue($"{p.Symbol} {p.NameZh} (≥ {Num.Text(p.Minimum)})", Num.Text(p.Score), "分", p.Score)),
            Sv.Flag(Text.Get("Assembly.Value.FullDecoration"), fullDecoration),
            new StepValue($"P' (≥ {Num.Text(table.MinimumAssemblyRate)})", Num.Text(assessed), "%", assessed),
        ];
        x.Step("3.0.3", Text.Get("Assembly.Step.Entry"), "Q1 ≥ min, Q2 ≥ min, full decoration, P' ≥ minimum rate",
            Sv.Flag(Text.Get("Assembly.Value.Prefabricated"), result), inputs);
        return result;
    }

    private AssemblyGrade GradeFor(decimal assessed) =>
        table.Grades.Where(g => assessed >= g.MinimumRate).OrderBy(g => g.MinimumRate).Select(g => g.Grade).LastOrDefault();
}
