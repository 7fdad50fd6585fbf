using GreenBuild.Standards.AssemblyRate;

namespace GreenBuild.Standards.Tests.AssemblyRate;

public sealed class AssemblyRateValidationTests
{
    private static readonly AssemblyRateCalculator Calculator = new();

    [Fact]
    public void A_ratio_above_100_percent_is_an_error_naming_the_field()
    {
        ValidationError error = Calculator.Calculate(Samples.Assembly() with { VerticalMembersPercent = 120 })
            .SingleError("ratio.out_of_range", "VerticalMembersPercent");

        Assert.Equal("字段 VerticalMembersPercent：比例必须在 0% 到 100% 之间（当前为 120%）", error.Message);
    }

    [Fact]
    public void A_negative_ratio_is_an_error() =>
        Calculator.Calculate(Samples.Assembly() with { DryFloorPercent = -5 }).SingleError("ratio.out_of_range", "DryFloorPercent");

    [Fact]
    public void A_missing_item_is_an_error_unless_listed_as_not_applicable() =>
        Calculator.Calculate(Samples.Assembly() with { IntegratedBathroomPercent = null }).SingleError("value.required", "IntegratedBathroomPercent");

    [Fact]
    public void Main_structure_items_cannot_be_declared_not_applicable() =>
        Calculator.Calculate(Samples.Assembly() with { VerticalMembersPercent = null, NotApplicable = [AssemblyItem.VerticalMembers] })
            .SingleError("item.always_applicable", "NotApplicable");

    [Fact]
    public void An_item_both_given_and_not_applicable_is_an_error() =>
        Calculator.Calculate(Samples.Assembly() with { NotApplicable = [AssemblyItem.IntegratedKitchen] })
            .SingleError("item.given_and_not_applicable", "IntegratedKitchenPercent");

    [Fact]
    public void An_unknown_item_in_not_applicable_is_an_error() =>
        Calculator.Calculate(Samples.Assembly() with { NotApplicable = [(AssemblyItem)99] }).SingleError("value.unknown", "NotApplicable[0]");
}
