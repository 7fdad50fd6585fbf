using GreenBuild.Standards.AssemblyRate;

namespace GreenBuild.Standards.Tests.AssemblyRate;

public sealed class AssemblyRateScoringTests
{
    private static readonly AssemblyRateCalculator Calculator = new();

    private static AssemblyRateOutcome Rate(AssemblyRateInput input) => Calculator.Calculate(input).Valid();

    private static decimal Score(AssemblyRateOutcome outcome, AssemblyItem item) => outcome.Items.Single(i => i.Item == item).Score;

    [Theory]
    [InlineData(34.9, 0)]
    [InlineData(35, 20)]
    [InlineData(50, 23.3)]
    [InlineData(57.5, 25)]
    [InlineData(80, 30)]
    [InlineData(100, 30)]
    public void Vertical_members_interpolate_20_to_30_between_35_and_80_percent_per_table_4_0_1(decimal ratio, decimal expected) =>
        Assert.Equal(expected, Score(Rate(Samples.Assembly() with { VerticalMembersPercent = ratio }), AssemblyItem.VerticalMembers));

    [Theory]
    [InlineData(69.9, 0)]
    [InlineData(70, 10)]
    [InlineData(75, 15)]
    [InlineData(80, 20)]
    public void Horizontal_members_interpolate_10_to_20_between_70_and_80_percent_per_table_4_0_1(decimal ratio, decimal expected) =>
        Assert.Equal(expected, Score(Rate(Samples.Assembly() with { HorizontalMembersPercent = ratio }), AssemblyItem.HorizontalMembers));

    [Theory]
    [InlineData(79.9, 0)]
    [InlineData(80, 5)]
    public void Non_masonry_exterior_wall_scores_5_from_80_percent_per_table_4_0_1(decimal ratio, decimal expected) =>
        Assert.Equal(expected, Score(Rate(Samples.Assembly() with { NonMasonryExteriorWallPercent = ratio }), AssemblyItem.NonMasonryExteriorWall));

    [Theory]
    [InlineData(69.9, 0)]
    [InlineData(70, 3)]
    [InlineData(80, 4.5)]
    [InlineData(90, 6)]
    public void Integrated_kitchen_interpolates_3_to_6_between_70_and_90_percent_per_table_4_0_1(decimal ratio, decimal expected) =>
        Assert.Equal(expected, Score(Rate(Samples.Assembly() with { IntegratedKitchenPercent = ratio }), AssemblyItem.IntegratedKitchen));

    [Theory]
    [InlineData(49.9, 0)]
    [InlineData(50, 4)]
    [InlineData(60, 5)]
    [InlineData(70, 6)]
    public void Pipeline_separation_interpolates_4_to_6_between_50_and_70_percent_per_table_4_0_1(decimal ratio, decimal expected) =>
        Assert.Equal(expected, Score(Rate(Samples.Assembly() with { PipelineSeparationPercent = ratio }), AssemblyItem.PipelineSeparation));

    [Fact]
    public void Assembly_rate_is_the_part_scores_over_100_per_4_0_1()
    {
        AssemblyRateOutcome outcome = Rate(Samples.Assembly());

        Assert.Equal([30m, 10m, 6m], outcome.Parts.Select(p => p.Score));
        Assert.Equal(0m, outcome.NotApplicableScore);
        Assert.Equal(46m, outcome.AssemblyRatePercent);
    }

    [Fact]
    public void Items_a_building_lacks_form_Q4_and_leave_the_denominator_per_4_0_1()
    {
        AssemblyRateOutcome outcome = Rate(Samples.FullAssembly() with
        {
            IntegratedKitchenPercent = null,
            NotApplicable = [AssemblyItem.IntegratedKitchen],
        });

        Assert.Equal(6m, outcome.NotApplicableScore);
        Assert.Equal(100m, outcome.AssemblyRatePercent);
        Assert.False(outcome.Items.Single(i => i.Item == AssemblyItem.IntegratedKitchen).Applicable);
    }

    [Fact]
    public void Q4_example_of_an_office_without_kitchen_and_bathroom_per_4_0_1()
    {
        AssemblyRateOutcome outcome = Rate(Samples.Assembly() with
        {
            IntegratedKitchenPercent = null,
            IntegratedBathroomPercent = null,
            NotApplicable = [AssemblyItem.IntegratedKitchen, AssemblyItem.IntegratedBathroom],
        });

        Assert.Equal(12m, outcome.NotApplicableScore);
        Assert.Equal(46m / 88m * 100m, outcome.AssemblyRatePercent);
        Assert.Equal(52m, outcome.AssessedRatePercent);
        Assert.True(outcome.IsPrefabricated);
    }
}
