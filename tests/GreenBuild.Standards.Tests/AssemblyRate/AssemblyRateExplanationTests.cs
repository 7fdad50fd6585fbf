using GreenBuild.Standards.AssemblyRate;

namespace GreenBuild.Standards.Tests.AssemblyRate;

public sealed class AssemblyRateExplanationTests
{
    private static readonly AssemblyRateCalculator Calculator = new();

    [Fact]
    public void Steps_cite_table_4_0_1_then_3_0_3_then_5_0_1_and_5_0_2()
    {
        Explanation explanation = Calculator.Calculate(Samples.FullAssembly()).Explanation;

        string[] clauses = explanation.Steps.Select(s => s.Clause).Distinct().ToArray();
        Assert.Equal(["GB/T 51129-2017 §4.0.1", "GB/T 51129-2017 §5.0.2", "GB/T 51129-2017 §3.0.3", "GB/T 51129-2017 §5.0.1"], clauses);
        ExplanationStep rate = Assert.Single(explanation.Steps, s => s.Title == "装配率 P");
        Assert.Equal("P = (Q1 + Q2 + Q3) / (100 − Q4) × 100%", rate.Formula);
        Assert.Equal(100m, rate.Output.Number);
        Assert.Equal(11, explanation.Steps.Count(s => s.Title.StartsWith("评价项得分", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_building_at_49_percent_is_told_it_lacks_one_point_per_3_0_3()
    {
        Explanation explanation = Calculator.Calculate(Samples.Assembly() with { IntegratedKitchenPercent = 70 }).Explanation;

        Shortfall shortfall = Assert.Single(explanation.Shortfalls);
        Assert.Equal("GB/T 51129-2017 §3.0.3", shortfall.Clause);
        Assert.Equal("装配率需 ≥ 50%，现为 49%，差 1 个百分点", shortfall.Message);
    }

    [Fact]
    public void A_grade_A_building_is_told_the_rate_AA_needs()
    {
        Explanation explanation = Calculator.Calculate(Samples.FullAssembly() with
        {
            ExteriorWallIntegrationPercent = 70, DryFloorPercent = 0, IntegratedKitchenPercent = 0, IntegratedBathroomPercent = 0, PipelineSeparationPercent = 0,
        }).Explanation;

        Shortfall shortfall = Assert.Single(explanation.Shortfalls);
        Assert.Equal("达到AA级需装配率 ≥ 76%，现为 75%，差 1 个百分点", shortfall.Message);
        Assert.Equal("装配率 75%，认定为装配式建筑，评价等级：A级", explanation.Summary);
    }

    [Fact]
    public void The_result_records_the_table_version_and_its_unverified_status()
    {
        ReferenceUse reference = Assert.Single(Calculator.Calculate(Samples.Assembly()).Explanation.References);

        Assert.Equal("gbt-51129-2017-assembly-rate.json", reference.File);
        Assert.Equal("2017.1", reference.Version);
        Assert.Equal("unverified", reference.Status);
    }
}
