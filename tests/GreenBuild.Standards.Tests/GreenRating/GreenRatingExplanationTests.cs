using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Standards.Tests.GreenRating;

public sealed class GreenRatingExplanationTests
{
    private static readonly GreenRatingCalculator Calculator = new();

    [Fact]
    public void Steps_cite_3_2_7_for_scores_and_3_2_8_for_levels()
    {
        Explanation explanation = Calculator.Calculate(Samples.Rating(50, 50, 50, 100, 45)).Explanation;

        ExplanationStep total = Assert.Single(explanation.Steps, s => s.Title == "总得分 Q");
        Assert.Equal("GB/T 50378-2019 §3.2.7", total.Clause);
        Assert.Equal("Q = (Q0 + Q1 + Q2 + Q3 + Q4 + Q5 + QA) / 10", total.Formula);
        Assert.Equal(69.5m, total.Output.Number);
        Assert.Equal(["Q0", "Q1", "Q2", "Q3", "Q4", "Q5", "QA"], total.Inputs.Select(i => i.Name));
        Assert.Equal("GB/T 50378-2019 §3.2.8", explanation.Steps[^1].Clause);
        Assert.Contains(explanation.Steps, s => s.Clause == "GB/T 50378-2019 §3.2.8" && s.Title.Contains("全装修", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_star_building_is_told_the_points_it_lacks_for_two_stars()
    {
        Explanation explanation = Calculator.Calculate(Samples.Rating(50, 50, 50, 100, 45)).Explanation;

        Shortfall shortfall = Assert.Single(explanation.Shortfalls);
        Assert.Equal("total-score", shortfall.Requirement);
        Assert.Equal("GB/T 50378-2019 §3.2.8", shortfall.Clause);
        Assert.Equal("达到二星级需总得分 ≥ 70 分，现为 69.5 分，差 0.5 分", shortfall.Message);
        Assert.Equal("评价等级：一星级（总得分 69.5 分）", explanation.Summary);
    }

    [Fact]
    public void Shortfalls_list_every_technical_row_the_next_star_needs()
    {
        GreenRatingInput input = Samples.Rating(80, 80, 80, 130, 80);
        input = input with { Measures = input.Measures with { EnvelopeImprovementPercent = 5, LoadReductionPercent = null, PollutantReductionPercent = 10 } };

        Explanation explanation = Calculator.Calculate(input).Explanation;

        Assert.Equal(["envelope", "pollutants"], explanation.Shortfalls.Select(s => s.Requirement));
        Assert.Contains("达到二星级需 ≥ 20%", explanation.Shortfalls[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_result_records_the_reference_versions_and_edition_used()
    {
        CalculationResult<GreenRatingOutcome> result = Calculator.Calculate(Samples.Rating(50, 50, 50, 100, 50) with { Edition = RuleEdition.Revision2024 });

        Assert.Equal(RuleEdition.Revision2024, result.Outcome!.Edition);
        Assert.Equal(["gbt-50378-2019-scoring.json", "gbt-50378-2024-star-requirements.json"], result.Explanation.References.Select(r => r.File));
        Assert.All(result.Explanation.References, r => Assert.False(string.IsNullOrEmpty(r.Version)));
        Assert.Equal("unverified", result.Outcome.Requirements.Single(r => r.Id == "green-materials").Status);
    }

    [Fact]
    public void A_building_failing_prerequisites_is_told_so()
    {
        Explanation explanation = Calculator.Calculate(Samples.Rating(50, 50, 50, 100, 50) with { PrerequisitesMet = false, UnmetPrerequisites = ["5.1.1", "7.1.2"] }).Explanation;

        Shortfall shortfall = Assert.Single(explanation.Shortfalls);
        Assert.Equal("prerequisites", shortfall.Requirement);
        Assert.Equal("5.1.1, 7.1.2", shortfall.Actual);
    }
}
