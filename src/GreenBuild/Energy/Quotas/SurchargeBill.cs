using System.Globalization;

namespace GreenBuild.Energy.Quotas;

/// <summary>One line of the working: the energy in a tier and what it costs on top of the normal price.</summary>
public sealed record SurchargeLine(string Tier, decimal Energy, decimal PriceIncreasePercent, decimal Surcharge, string Working);

/// <summary>
/// 超定额加价账单 — a building's surcharge for a year: quota = 定额 × area, excess = actual − quota, split over the
/// progressive tiers, each tier's energy × unit price × its increase. Money is rounded to the fen (0.01 元) half
/// away from zero, per line, and the total is the sum of the rounded lines (as a bill is printed).
/// </summary>
public sealed record SurchargeBill(
    int Year, string ScheduleVersion, decimal QuotaPerArea, decimal Area, decimal QuotaEnergy, decimal ActualEnergy,
    decimal ExcessEnergy, decimal ExcessPercent, decimal UnitPrice, IReadOnlyList<SurchargeLine> Lines, decimal Total)
{
    public static SurchargeBill Compute(SurchargeSchedule schedule, decimal quotaPerArea, decimal area, decimal actualEnergy, decimal unitPrice)
    {
        var problems = schedule.Problems().ToList();
        if (problems.Count > 0 || quotaPerArea <= 0 || area <= 0 || actualEnergy < 0 || unitPrice < 0)
        {
            throw new ArgumentException("invalid bill input: " + string.Join("; ", problems.DefaultIfEmpty("quota, area and price must be positive, energy not negative")));
        }

        var quota = quotaPerArea * area;
        var excess = Math.Max(0, actualEnergy - quota);
        var lines = new List<SurchargeLine>();
        foreach (var tier in schedule.Tiers)
        {
            var from = quota * tier.OverFromPercent / 100;
            var to = tier.OverToPercent is { } t ? quota * t / 100 : decimal.MaxValue;
            var inTier = Math.Max(0, Math.Min(excess, to) - from);
            if (inTier == 0)
            {
                continue;
            }

            var surcharge = Math.Round(inTier * unitPrice * tier.PriceIncreasePercent / 100, 2, MidpointRounding.AwayFromZero);
            var name = $"{Text(tier.OverFromPercent)}%–{(tier.OverToPercent is { } upper ? Text(upper) + "%" : "∞")}";
            lines.Add(new SurchargeLine(name, inTier, tier.PriceIncreasePercent, surcharge,
                $"{Text(inTier)} × {Text(unitPrice)} × {Text(tier.PriceIncreasePercent)}% = {Text(surcharge)}"));
        }

        var excessPercent = quota == 0 ? 0 : Math.Round(excess / quota * 100, 2, MidpointRounding.AwayFromZero);
        return new SurchargeBill(schedule.Year, schedule.Version, quotaPerArea, area, quota, actualEnergy, excess, excessPercent,
            unitPrice, lines, lines.Sum(l => l.Surcharge));
    }

    private static string Text(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
