using GreenBuild.Standards.Reference;

namespace GreenBuild.Standards.GreenRating;

/// <summary>
/// 绿色建筑星级评价 — GB/T 50378-2019 §3.2.7 (total score) and §3.2.8 (基本级, 一星级, 二星级, 三星级),
/// with table 3.2.8 of the chosen edition. Category totals or itemised scores are accepted.
/// </summary>
public sealed class GreenRatingCalculator : StandardCalculator<GreenRatingInput, GreenRatingOutcome>
{
    /// <summary>The reference file of table 3.2.7 and the thresholds.</summary>
    public const string ScoringFile = "gbt-50378-2019-scoring.json";

    /// <summary>The reference file of table 3.2.8 as published in 2019.</summary>
    public const string Requirements2019File = "gbt-50378-2019-star-requirements.json";

    /// <summary>The reference file of table 3.2.8 with the 2024 partial revision.</summary>
    public const string Requirements2024File = "gbt-50378-2024-star-requirements.json";

    private readonly ReferenceDocument scoringDocument;
    private readonly ReferenceDocument requirements2019Document;
    private readonly ReferenceDocument requirements2024Document;
    private readonly ScoringTable scoring;
    private readonly RequirementTable requirements2019;
    private readonly RequirementTable requirements2024;

    /// <summary>A calculator on the embedded reference tables.</summary>
    public GreenRatingCalculator()
        : this(ReferenceLibrary.Embedded)
    {
    }

    /// <summary>A calculator on the given reference tables.</summary>
    /// <param name="library">The reference library to read.</param>
    public GreenRatingCalculator(ReferenceLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        scoringDocument = library.Get(ScoringFile);
        requirements2019Document = library.Get(Requirements2019File);
        requirements2024Document = library.Get(Requirements2024File);
        scoring = ReferenceJson.Read<ScoringTable>(scoringDocument);
        requirements2019 = ReferenceJson.Read<RequirementTable>(requirements2019Document);
        requirements2024 = ReferenceJson.Read<RequirementTable>(requirements2024Document);
    }

    /// <inheritdoc />
    public override string Name => "green-rating";

    /// <inheritdoc />
    public override string Standard => "GB/T 50378-2019";

    /// <inheritdoc />
    public override string Title => Text.Get("Rating.Title");

    private protected override void Validate(GreenRatingInput input, InputErrors errors) =>
        GreenRatingValidation.Validate(input, scoring, errors);

    private protected override CalculationResult<GreenRatingOutcome> Compute(GreenRatingInput input)
    {
        var x = new ExplanationBuilder(Standard);
        bool revised = input.Edition == RuleEdition.Revision2024;
        x.Uses(scoringDocument);
        x.Uses(revised ? requirements2024Document : requirements2019Document);
        RequirementTable table = revised ? requirements2024 : requirements2019;
        StarMeasures measures = input.Measures ?? new StarMeasures();

        decimal q0 = PrerequisiteStep(input, x);
        List<CategoryResult> categories = scoring.Categories.Select(row => CategoryStep(input, row, x)).ToList();
        decimal bonusGiven = input.InnovationScore ?? 0;
        decimal bonus = Math.Min(bonusGiven, scoring.BonusCap);
        x.Step("3.2.7", Text.Get("Rating.Step.Bonus"), $"QA = min(ΣQA, {Num.Text(scoring.BonusCap)})",
            Sv.Of("QA", bonus, "分"), Sv.Of("ΣQA", bonusGiven, "分"));
        decimal total = TotalStep(q0, categories, bonus, x);

        var results = new List<RequirementResult>
        {
            TotalScoreRequirement(total, x),
            CategoryMinimumRequirement(categories, x),
            DecorationRequirement(input.FullyDecorated, x),
        };
        foreach (RequirementRow row in table.Rows)
        {
            results.Add(RowRequirement(row, input, measures, x));
        }

        GreenLevel level = input.PrerequisitesMet ? results.Min(r => r.HighestLevel) : GreenLevel.NotQualified;
        string levelName = Text.Get($"Level.{level}");
        x.Step("3.2.8", Text.Get("Rating.Step.Level"), "level = min(highest level allowed by each requirement)",
            Sv.Text(Text.Get("Rating.Value.Level"), levelName),
            results.Select(r => Sv.Text(r.NameZh, Text.Get($"Level.{r.HighestLevel}"))).ToArray());

        new GreenRatingShortfalls(scoring, table, input, measures, total, categories, x).Add(level);
        var outcome = new GreenRatingOutcome(level, levelName, total, q0, categories, bonusGiven, bonus, results, input.Edition, input.Stage);
        return new CalculationResult<GreenRatingOutcome>(outcome, [], x.Build(Text.Format("Rating.Summary", levelName, Num.Text(Num.Present(total)))));
    }

    private decimal PrerequisiteStep(GreenRatingInput input, ExplanationBuilder x)
    {
        decimal q0 = input.PrerequisitesMet ? scoring.PrerequisiteBaseScore : 0;
        IReadOnlyList<string> unmet = input.UnmetPrerequisites ?? [];
        x.Step("3.2.7", Text.Get("Rating.Step.Prerequisites"), $"Q0 = {Num.Text(scoring.PrerequisiteBaseScore)} if all prerequisites are met, else 0",
            Sv.Of("Q0", q0, "分"),
            Sv.Flag(Text.Get("Rating.Value.PrerequisitesMet"), input.PrerequisitesMet),
            Sv.Text(Text.Get("Rating.Value.Unmet"), unmet.Count == 0 ? "—" : string.Join(", ", unmet)));
        return q0;
    }

    private CategoryResult CategoryStep(GreenRatingInput input, CategoryRow row, ExplanationBuilder x)
    {
        decimal maximum = row.Maximum(input.Stage);
        decimal? total = GreenRatingValidation.Total(input.Categories, row.Category);
        ScoredItem[] items = (input.Items ?? []).Where(i => i.Category == row.Category).ToArray();
        decimal score = total ?? items.Sum(i => i.Score);
        string formula = total is null ? $"{row.Symbol} = Σ items" : $"{row.Symbol} = given total";
        StepValue[] inputs = total is null
            ? items.Select(i => Sv.Of(i.Clause, i.Score, "分")).Append(Sv.Of(Text.Get("Rating.Value.Maximum"), maximum, "分")).ToArray()
            : [Sv.Of(row.Symbol, score, "分"), Sv.Of(Text.Get("Rating.Value.Maximum"), maximum, "分")];
        x.Step("3.2.7", Text.Format("Rating.Step.Category", row.NameZh), formula, Sv.Of(row.Symbol, score, "分"), inputs);
        decimal minimum = maximum * scoring.MinimumCategoryShare;
        return new CategoryResult(row.Category, row.NameZh, row.Symbol, score, maximum, minimum, score >= minimum);
    }

    private decimal TotalStep(decimal q0, List<CategoryResult> categories, decimal bonus, ExplanationBuilder x)
    {
        decimal total = (q0 + categories.Sum(c => c.Score) + bonus) / scoring.Divisor;
        StepValue[] inputs = [Sv.Of("Q0", q0), .. categories.Select(c => Sv.Of(c.Symbol, c.Score)), Sv.Of("QA", bonus)];
        x.Step("3.2.7", Text.Get("Rating.Step.Total"), $"Q = (Q0 + Q1 + Q2 + Q3 + Q4 + Q5 + QA) / {Num.Text(scoring.Divisor)}",
            Sv.Of("Q", total, "分"), inputs);
        return total;
    }

    private RequirementResult TotalScoreRequirement(decimal total, ExplanationBuilder x)
    {
        GreenLevel highest = scoring.StarThresholds.Where(t => total >= t.MinimumTotalScore).Select(t => t.Level).DefaultIfEmpty(GreenLevel.Basic).Max();
        StepValue[] inputs = [Sv.Of("Q", total, "分"), .. scoring.StarThresholds.Select(t => Sv.Of(Text.Get($"Level.{t.Level}"), t.MinimumTotalScore, "分"))];
        string thresholds = string.Join(" / ", scoring.StarThresholds.Select(t => Num.Text(t.MinimumTotalScore)));
        x.Step("3.2.8", Text.Get("Rating.Step.TotalThreshold"), $"Q ≥ {thresholds} → OneStar / TwoStar / ThreeStar",
            Sv.Text(Text.Get("Rating.Value.Allows"), Text.Get($"Level.{highest}")), inputs);
        return new RequirementResult("total-score", Text.Get("Rating.Req.TotalScore"), true, highest, scoringDocument.Status);
    }

    private RequirementResult CategoryMinimumRequirement(List<CategoryResult> categories, ExplanationBuilder x)
    {
        bool all = categories.All(c => c.MeetsMinimum);
        GreenLevel highest = all ? GreenLevel.ThreeStar : GreenLevel.Basic;
        x.Step("3.2.8", Text.Get("Rating.Step.CategoryMinimum"), $"Qi ≥ {Num.Text(scoring.MinimumCategoryShare)} × Qi,max",
            Sv.Flag(Text.Get("Rating.Value.AllMeet"), all),
            categories.Select(c => new StepValue($"{c.Symbol} {c.NameZh} (≥ {Num.Text(c.Minimum)})", Num.Text(c.Score), "分", c.Score)).ToArray());
        return new RequirementResult("category-minimum", Text.Get("Rating.Req.CategoryMinimum"), true, highest, scoringDocument.Status);
    }

    private static RequirementResult DecorationRequirement(bool decorated, ExplanationBuilder x)
    {
        GreenLevel highest = decorated ? GreenLevel.ThreeStar : GreenLevel.Basic;
        x.Step("3.2.8", Text.Get("Rating.Step.Decoration"), "stars require full decoration",
            Sv.Text(Text.Get("Rating.Value.Allows"), Text.Get($"Level.{highest}")), Sv.Flag(Text.Get("Rating.Value.Decorated"), decorated));
        return new RequirementResult("full-decoration", Text.Get("Rating.Req.Decoration"), true, highest, ReferenceStatus.Checked);
    }

    private static RequirementResult RowRequirement(RequirementRow row, GreenRatingInput input, StarMeasures measures, ExplanationBuilder x)
    {
        bool applies = StarRequirementCheck.Applies(row, input);
        GreenLevel highest = applies ? StarRequirementCheck.HighestLevel(row, measures) : GreenLevel.ThreeStar;
        StepValue[] inputs =
        [
            Sv.Text(Text.Get("Rating.Value.Actual"), applies ? StarRequirementCheck.Actual(row, measures) : Text.Get("Rating.Value.NotApplicable")),
            .. row.Levels.Select(l => Sv.Text(Text.Get($"Level.{l.Level}"), StarRequirementCheck.Required(row, l))),
        ];
        x.Step("3.2.8", Text.Format("Rating.Step.Row", row.NameZh), $"table 3.2.8 row \"{row.Id}\"",
            Sv.Text(Text.Get("Rating.Value.Allows"), Text.Get($"Level.{highest}")), inputs);
        return new RequirementResult(row.Id, row.NameZh, applies, highest, row.Status);
    }
}
