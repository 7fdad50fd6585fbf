using FsCheck.Xunit;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Standards.Tests.GreenRating;

public sealed class GreenRatingPropertyTests
{
    private static readonly GreenRatingCalculator Calculator = new();
    private static readonly decimal[] Maxima = [100, 100, 100, 200, 100];

    private static GreenLevel Level(decimal[] s, decimal bonus) =>
        Calculator.Calculate(Samples.Rating(s[0], s[1], s[2], s[3], s[4], bonus)).Valid().Level;

    private static decimal[] Scores(byte a, byte b, byte c, byte d, byte e) =>
        [a % 101, b % 101, c % 101, d % 201, e % 101];

    [Property(MaxTest = 300)]
    public bool Raising_a_category_score_never_lowers_the_level(byte a, byte b, byte c, byte d, byte e, byte which, byte raise)
    {
        decimal[] scores = Scores(a, b, c, d, e);
        int i = which % 5;
        decimal[] raised = (decimal[])scores.Clone();
        raised[i] = Math.Min(Maxima[i], scores[i] + (raise % 50));
        return Level(raised, 0) >= Level(scores, 0);
    }

    [Property(MaxTest = 200)]
    public bool Raising_the_bonus_never_lowers_the_level(byte a, byte b, byte c, byte d, byte e, byte bonus, byte raise)
    {
        decimal[] scores = Scores(a, b, c, d, e);
        return Level(scores, bonus + (decimal)raise) >= Level(scores, bonus);
    }

    [Property(MaxTest = 200)]
    public bool Total_score_stays_within_0_and_110(byte a, byte b, byte c, byte d, byte e, byte bonus)
    {
        decimal[] s = Scores(a, b, c, d, e);
        decimal total = Calculator.Calculate(Samples.Rating(s[0], s[1], s[2], s[3], s[4], bonus)).Valid().TotalScore;
        return total is >= 40 and <= 110;
    }
}
