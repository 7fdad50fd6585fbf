using System.Globalization;
using GreenBuild.Supervision.Draw;

namespace GreenBuild.Tests.Supervision;

/// <summary>Statistical sanity: over many draws with deterministic pseudo-random sources, every candidate is chosen as often as it should be.</summary>
public sealed class DrawStatisticsTests
{
    /// <summary>χ² 0.999 quantile for 19 degrees of freedom.</summary>
    private const double Critical999For19 = 43.820;

    [Fact]
    public void Each_of_20_candidates_is_chosen_with_the_expected_frequency()
    {
        const int Candidates = 20, Count = 3, Draws = 4000;
        var list = CandidateList.Of(Enumerable.Range(1, Candidates).Select(i => $"X{i:00}"));
        var random = new Random(20261125);
        var chosen = new int[Candidates + 1];
        for (var d = 0; d < Draws; d++)
        {
            var lottery = string.Join(' ', Enumerable.Range(0, 6).Select(_ => random.Next(1, 34).ToString(CultureInfo.InvariantCulture)));
            var volume = random.NextInt64(1_000_000, 10_000_000_000).ToString(CultureInfo.InvariantCulture);
            var key = DrawKey.From([DrawSource.Parse(lottery), DrawSource.Parse(volume)]).Value!;
            foreach (var step in DrawCandidates.Run(list, Count, key).Value!.Selected)
            {
                chosen[step.Rfc.Position]++;
            }
        }

        var expected = (double)Draws * Count / Candidates;
        var chiSquare = chosen.Skip(1).Sum(observed => (observed - expected) * (observed - expected) / expected);
        Assert.True(chiSquare < Critical999For19, $"χ² = {chiSquare:F2} ≥ {Critical999For19}; counts {string.Join(",", chosen.Skip(1))}");
        Assert.Equal(Draws * Count, chosen.Sum());
    }
}
