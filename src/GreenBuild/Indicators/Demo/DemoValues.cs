using GreenBuild.Indicators.Model;

namespace GreenBuild.Indicators.Demo;

/// <summary>How the demo values are made: each city moves at its own pace along the line to its target, with a little noise.</summary>
internal static class DemoValues
{
    /// <summary>Pace of each city (1 = exactly on the expected trajectory): fixed so the story is the same on every start.</summary>
    public static decimal PaceOf(string cityCode) => cityCode switch
    {
        "140100" => 1.10m, "140200" => 1.05m, "140300" => 0.80m, "140400" => 0.97m, "140500" => 1.02m, "140600" => 0.70m,
        "140700" => 1.00m, "140800" => 0.92m, "140900" => 0.75m, "141000" => 0.88m, _ => 0.95m,
    };

    public static decimal ValueOf(Indicator indicator, string cityCode, decimal? target, int yearsIn, int span, decimal pace, Random random)
    {
        var noise = 0.9m + (decimal)random.NextDouble() * 0.2m;
        var value = indicator.Code switch
        {
            "ULE-PILOT" => cityCode is "140100" or "140200" && random.NextDouble() < 0.6 ? 1 : 0,
            "GB-INNOV-CITY" => random.NextDouble() < 0.25 * (double)pace ? 1 : 0,
            "EE-COMPLY" => 100m - ((decimal)random.NextDouble() * 3m * (1.2m - pace)),
            _ when indicator.Measure == Measure.Cumulative => (target ?? 0) / 11m / span * pace * noise,
            _ => Level(indicator.BaselineValue ?? 0m, target ?? 0m, yearsIn, span, pace, noise),
        };
        return Math.Clamp(Math.Round(value, 1), indicator.MinValue, indicator.MaxValue);
    }

    private static decimal Level(decimal start, decimal target, int yearsIn, int span, decimal pace, decimal noise) =>
        start + ((target - start) * yearsIn / span * pace * noise);
}
