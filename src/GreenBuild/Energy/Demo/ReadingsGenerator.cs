using GreenBuild.Energy.Readings;

namespace GreenBuild.Energy.Demo;

/// <summary>What the generator simulates for one building.</summary>
/// <param name="Code">The building's 10-character monitoring code.</param>
/// <param name="FloorArea">m²; loads scale with it.</param>
/// <param name="BaseLoadWPerM2">Round-the-clock electrical load (servers, standby), W/m².</param>
/// <param name="OccupiedLoadWPerM2">Extra lighting/plug load while occupied, W/m².</param>
/// <param name="CoolingWPerM2PerDegree">Electric cooling per °C above 26 °C while occupied, W/m².</param>
/// <param name="HeatingWPerM2PerDegree">District heat per °C below 18 °C, W/m² (metered on the heat meter).</param>
public sealed record SimulatedBuilding(string Code, decimal FloorArea, double BaseLoadWPerM2 = 4, double OccupiedLoadWPerM2 = 14,
    double CoolingWPerM2PerDegree = 2.5, double HeatingWPerM2PerDegree = 1.6);

/// <summary>One generated register reading of a building's meter (电 01000 or 集中供热 04000).</summary>
public sealed record GeneratedReading(string BuildingCode, string MeterCode, string EnergyCode, RegisterReading Reading);

/// <summary>
/// Deterministic demo readings for monitored public buildings: weather-driven heating and cooling (a synthetic
/// Taiyuan-like climate: −6 °C in January, 25 °C in July, a daily swing), weekday office hours, holidays off,
/// and rare faults (missing readings, a stuck register, a spike) so the quality rules have something to find.
/// The same seed gives the same readings; readings stream, so any number of buildings and years fits in memory.
/// </summary>
public sealed class ReadingsGenerator(int seed, TimeSpan interval, double faultRate = 0.0005)
{
    /// <summary>Shanxi's heating season (采暖期) for district heat: 15 November to 15 March.</summary>
    public static bool InHeatingSeason(DateTime local) =>
        local.Month is 12 or 1 or 2 || (local.Month == 11 && local.Day >= 15) || (local.Month == 3 && local.Day <= 15);

    /// <summary>Outdoor temperature °C at a Beijing-time moment: seasonal and daily sinusoids plus seeded noise.</summary>
    public static double Temperature(DateTime local, Random noise)
    {
        var season = 9.5 - 15.5 * Math.Cos(2 * Math.PI * (local.DayOfYear - 15) / 365.0);
        var day = -5 * Math.Cos(2 * Math.PI * (local.Hour + local.Minute / 60.0 - 4) / 24.0);
        return season + day + ((noise.NextDouble() - 0.5) * 3);
    }

    public IEnumerable<GeneratedReading> Generate(IReadOnlyList<SimulatedBuilding> buildings, DateTime fromUtc, DateTime toUtc)
    {
        var china = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var random = new Random(seed);
        var electricity = buildings.Select(_ => 10_000m + random.Next(0, 50_000)).ToArray();
        var heat = buildings.Select(_ => (decimal)random.Next(0, 500)).ToArray();
        var stuckUntil = new DateTime[buildings.Count];
        var hours = (decimal)interval.TotalHours;
        for (var t = fromUtc; t < toUtc; t += interval)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(t, china);
            var temperature = Temperature(local, random);
            var occupied = local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.Hour is >= 8 and < 18;
            for (var b = 0; b < buildings.Count; b++)
            {
                var building = buildings[b];
                var watts = building.BaseLoadWPerM2 + (occupied ? building.OccupiedLoadWPerM2 + building.CoolingWPerM2PerDegree * Math.Max(0, temperature - 26) : 0);
                var kwh = (decimal)watts * building.FloorArea * hours / 1000m * (decimal)(0.9 + random.NextDouble() * 0.2);
                var heatGj = InHeatingSeason(local)
                    ? (decimal)(building.HeatingWPerM2PerDegree * Math.Max(0, 18 - temperature)) * building.FloorArea * hours * 0.0036m / 1000m
                    : 0;

                var fault = random.NextDouble();
                if (fault < faultRate)
                {
                    continue; // a missing reading: the next interval spans a gap
                }

                if (fault < faultRate * 2)
                {
                    stuckUntil[b] = t + TimeSpan.FromHours(3); // the collector repeats its last value for three hours
                }

                if (fault < faultRate * 3 && fault >= faultRate * 2)
                {
                    kwh *= 40; // a spike
                }

                if (t >= stuckUntil[b])
                {
                    electricity[b] += Math.Round(kwh, 2);
                    heat[b] += Math.Round(heatGj, 3);
                }

                yield return new GeneratedReading(building.Code, building.Code + "-E", "01000", new RegisterReading(t, electricity[b]));
                yield return new GeneratedReading(building.Code, building.Code + "-H", "04000", new RegisterReading(t, heat[b]));
            }
        }
    }
}
