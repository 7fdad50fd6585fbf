using FsCheck.Xunit;
using GreenBuild.Standards.AssemblyRate;

namespace GreenBuild.Standards.Tests.AssemblyRate;

public sealed class AssemblyRatePropertyTests
{
    private static readonly AssemblyRateCalculator Calculator = new();

    private static AssemblyRateInput Input(byte[] r) => new()
    {
        VerticalMembersPercent = r[0] % 101,
        HorizontalMembersPercent = r[1] % 101,
        NonMasonryExteriorWallPercent = r[2] % 101,
        ExteriorWallIntegrationPercent = r[3] % 101,
        NonMasonryPartitionPercent = r[4] % 101,
        PartitionIntegrationPercent = r[5] % 101,
        FullDecoration = true,
        DryFloorPercent = r[6] % 101,
        IntegratedKitchenPercent = r[7] % 101,
        IntegratedBathroomPercent = r[8] % 101,
        PipelineSeparationPercent = r[9] % 101,
    };

    [Property(MaxTest = 300)]
    public bool Raising_an_application_ratio_never_lowers_the_rate_or_the_grade(byte a, byte b, byte c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte which, byte raise)
    {
        byte[] ratios = [a, b, c, d, e, f, g, h, i, j];
        for (int k = 0; k < ratios.Length; k++)
        {
            ratios[k] = (byte)(ratios[k] % 101);
        }

        byte[] raised = (byte[])ratios.Clone();
        int index = which % 10;
        raised[index] = (byte)Math.Min(100, raised[index] + (raise % 40));
        AssemblyRateOutcome before = Calculator.Calculate(Input(ratios)).Valid();
        AssemblyRateOutcome after = Calculator.Calculate(Input(raised)).Valid();
        return after.AssemblyRatePercent >= before.AssemblyRatePercent
            && after.Grade >= before.Grade
            && (after.IsPrefabricated || !before.IsPrefabricated);
    }

    [Property(MaxTest = 300)]
    public bool Item_scores_stay_within_their_maximum_and_the_rate_within_100(byte a, byte b, byte c, byte d, byte e, byte f, byte g, byte h, byte i, byte j)
    {
        AssemblyRateOutcome outcome = Calculator.Calculate(Input([a, b, c, d, e, f, g, h, i, j])).Valid();
        return outcome.Items.All(x => x.Score >= 0 && x.Score <= x.Maximum)
            && outcome.AssemblyRatePercent is >= 0 and <= 100;
    }
}
