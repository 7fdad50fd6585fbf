using GreenBuild.Energy.Readings;
using GreenBuild.Standards.EnergyUse;

namespace GreenBuild.Energy.Pages;

/// <summary>Badge colours of bands and quality flags.</summary>
public static class EnergyBadges
{
    public static string Band(QuotaBand band) => band switch
    {
        QuotaBand.BetterThanGuide => "bg-green-lt",
        QuotaBand.BetweenGuideAndConstraint => "bg-yellow-lt",
        _ => "bg-red-lt",
    };

    public static IEnumerable<QualityFlag> Flags(QualityFlag flags) => Enum.GetValues<QualityFlag>().Where(f => f != QualityFlag.None && flags.HasFlag(f));

    public static string Flag(QualityFlag flag) => QualityRule.CountsInRollups(flag) ? "bg-azure-lt" : "bg-orange-lt";
}
