using GreenBuild.Standards.AssemblyRate;

namespace GreenBuild.Standards.Tests.AssemblyRate;

public sealed class AssemblyRateGradeTests
{
    private static readonly AssemblyRateCalculator Calculator = new();

    private static AssemblyRateOutcome Rate(AssemblyRateInput input) => Calculator.Calculate(input).Valid();

    [Theory]
    [InlineData(70, 0, 49, false)]
    [InlineData(0, 50, 50, true)]
    public void Assembly_rate_boundary_49_and_50_percent_per_3_0_3(decimal kitchen, decimal pipeline, decimal rate, bool prefabricated)
    {
        AssemblyRateOutcome outcome = Rate(Samples.Assembly() with { IntegratedKitchenPercent = kitchen, PipelineSeparationPercent = pipeline });

        Assert.Equal(rate, outcome.AssemblyRatePercent);
        Assert.Equal(prefabricated, outcome.IsPrefabricated);
        Assert.Equal(AssemblyGrade.None, outcome.Grade);
    }

    [Fact]
    public void Main_structure_below_20_is_not_prefabricated_per_3_0_3()
    {
        AssemblyRateOutcome outcome = Rate(Samples.FullAssembly() with { VerticalMembersPercent = 0, HorizontalMembersPercent = 75 });

        Assert.Equal(15m, outcome.Parts[0].Score);
        Assert.False(outcome.IsPrefabricated);
    }

    [Fact]
    public void Envelope_and_partition_below_10_is_not_prefabricated_per_3_0_3()
    {
        AssemblyRateOutcome outcome = Rate(Samples.FullAssembly() with { NonMasonryExteriorWallPercent = 79, NonMasonryPartitionPercent = 49, PartitionIntegrationPercent = 0 });

        Assert.Equal(5m, outcome.Parts[1].Score);
        Assert.False(outcome.IsPrefabricated);
    }

    [Fact]
    public void Without_full_decoration_a_building_is_not_prefabricated_per_3_0_3()
    {
        AssemblyRateOutcome outcome = Rate(Samples.FullAssembly() with { FullDecoration = false });

        Assert.Equal(94m, outcome.AssemblyRatePercent);
        Assert.False(outcome.IsPrefabricated);
    }

    [Theory]
    [InlineData(70, 75, AssemblyGrade.A)]
    [InlineData(80, 76, AssemblyGrade.AA)]
    public void Grade_boundary_75_and_76_percent_per_5_0_2(decimal wallIntegration, decimal rate, AssemblyGrade expected)
    {
        AssemblyRateOutcome outcome = Rate(Samples.FullAssembly() with
        {
            ExteriorWallIntegrationPercent = wallIntegration,
            DryFloorPercent = 0,
            IntegratedKitchenPercent = 0,
            IntegratedBathroomPercent = 0,
            PipelineSeparationPercent = 0,
        });

        Assert.Equal(rate, outcome.AssemblyRatePercent);
        Assert.Equal(expected, outcome.Grade);
    }

    [Theory]
    [InlineData(50, 90, AssemblyGrade.AA)]
    [InlineData(60, 91, AssemblyGrade.AAA)]
    public void Grade_boundary_90_and_91_percent_per_5_0_2(decimal pipeline, decimal rate, AssemblyGrade expected)
    {
        AssemblyRateOutcome outcome = Rate(Samples.FullAssembly() with
        {
            ExteriorWallIntegrationPercent = 60,
            IntegratedBathroomPercent = 0,
            PipelineSeparationPercent = pipeline,
        });

        Assert.Equal(rate, outcome.AssemblyRatePercent);
        Assert.Equal(expected, outcome.Grade);
    }

    [Theory]
    [InlineData(59, AssemblyGrade.None)]
    [InlineData(60, AssemblyGrade.A)]
    public void Grade_boundary_59_and_60_percent_per_5_0_2(decimal rate, AssemblyGrade expected)
    {
        // Q1 = 20 (35%) or 21 (39.5%) + 20, Q2 = 10, Q3 = 6 + 3 (bathroom 70%): 59 or 60.
        AssemblyRateInput input = Samples.FullAssembly() with
        {
            VerticalMembersPercent = rate == 60 ? 39.5m : 35m,
            HorizontalMembersPercent = 80,
            ExteriorWallIntegrationPercent = 0,
            PartitionIntegrationPercent = 0,
            DryFloorPercent = 0,
            IntegratedKitchenPercent = 0,
            IntegratedBathroomPercent = 70,
            PipelineSeparationPercent = 0,
        };

        AssemblyRateOutcome outcome = Rate(input);

        Assert.Equal(rate, outcome.AssemblyRatePercent);
        Assert.Equal(expected, outcome.Grade);
    }

    [Fact]
    public void Vertical_members_below_35_percent_block_grading_per_5_0_1()
    {
        AssemblyRateOutcome outcome = Rate(Samples.FullAssembly() with { VerticalMembersPercent = 30 });

        Assert.Equal(70m, outcome.AssemblyRatePercent);
        Assert.True(outcome.IsPrefabricated);
        Assert.False(outcome.IsGradable);
        Assert.Equal(AssemblyGrade.None, outcome.Grade);
    }

    [Fact]
    public void Every_item_at_its_upper_ratio_is_100_percent_and_AAA_per_5_0_2()
    {
        AssemblyRateOutcome outcome = Rate(Samples.FullAssembly());

        Assert.Equal(100m, outcome.AssemblyRatePercent);
        Assert.Equal(AssemblyGrade.AAA, outcome.Grade);
        Assert.Equal("AAA级", outcome.GradeNameZh);
    }
}
