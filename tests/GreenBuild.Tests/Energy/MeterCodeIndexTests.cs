using GreenBuild.Energy.Ingest;

namespace GreenBuild.Tests.Energy;

/// <summary>The ingest's index of meter codes: every code found whatever the order of the lines, nothing else found.</summary>
public sealed class MeterCodeIndexTests
{
    private static readonly string[] Codes = ["1401000001-E", "1401000001-H", "1401000001-E1", "A", "甲-电", "1402000001-E", ""];

    [Fact]
    public void Each_code_is_found_in_any_order_of_lines_and_the_prediction_never_answers_for_another_code()
    {
        var index = new MeterCodeIndex(Codes);
        var random = new Random(7);

        // The same order many times (the prediction learns it), then orders that break it, codes of other lengths between.
        var order = Enumerable.Range(0, Codes.Length).ToArray();
        for (var round = 0; round < 50; round++)
        {
            if (round % 10 == 9)
            {
                random.Shuffle(order);
            }

            foreach (var i in order)
            {
                Assert.Equal(i, index.Find(Codes[i]));
                Assert.Equal(-1, index.Find("1401000001-X"));
            }
        }
    }

    [Fact]
    public void Unknown_codes_prefixes_and_longer_codes_are_not_found()
    {
        var index = new MeterCodeIndex(Codes);
        Assert.Equal(0, index.Find("1401000001-E"));
        foreach (var unknown in new[] { "1401000001-", "1401000001-E ", "1401000001-e", "1401000001-E12", "B", "甲-", new string('E', 100_000) })
        {
            Assert.Equal(-1, index.Find(unknown));
        }

        // After the misses the prediction still holds for the code that follows.
        Assert.Equal(1, index.Find("1401000001-H"));
        Assert.Equal(5, index.Find(Codes[5]));
    }

    [Fact]
    public void A_code_given_twice_is_the_last_ones_and_an_empty_index_finds_nothing()
    {
        var index = new MeterCodeIndex(["X-1", "X-2", "X-1"]);
        Assert.Equal(2, index.Find("X-1"));
        Assert.Equal(1, index.Find("X-2"));
        Assert.Equal(2, index.Find("X-1"));
        Assert.Equal(-1, new MeterCodeIndex([]).Find("X-1"));
        Assert.Equal(-1, new MeterCodeIndex([]).Find(""));
    }
}
