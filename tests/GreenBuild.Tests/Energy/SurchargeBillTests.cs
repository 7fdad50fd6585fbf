using GreenBuild.Energy.Quotas;

namespace GreenBuild.Tests.Energy;

/// <summary>超定额加价 against a bill computed by hand.</summary>
public sealed class SurchargeBillTests
{
    private static readonly SurchargeSchedule Tiers = new(2025, "2025.1",
    [
        new SurchargeTier(0, 20, 10),
        new SurchargeTier(20, 50, 30),
        new SurchargeTier(50, null, 50),
    ]);

    /// <summary>
    /// Quota 80 kWh/(m²·a) × 10,000 m² = 800,000 kWh; actual 1,000,000 kWh → 200,000 kWh over (25%).
    /// 0–20% (160,000 kWh) × 0.65 元 × 10% = 10,400.00 元; 20–50%: 40,000 kWh × 0.65 × 30% = 7,800.00 元; total 18,200.00 元.
    /// </summary>
    [Fact]
    public void A_building_25_percent_over_its_quota_pays_two_tiers_as_computed_by_hand()
    {
        var bill = SurchargeBill.Compute(Tiers, quotaPerArea: 80, area: 10000, actualEnergy: 1_000_000, unitPrice: 0.65m);
        Assert.Equal(800_000, bill.QuotaEnergy);
        Assert.Equal(200_000, bill.ExcessEnergy);
        Assert.Equal(25, bill.ExcessPercent);
        Assert.Equal([("0%–20%", 160_000m, 10_400.00m), ("20%–50%", 40_000m, 7_800.00m)], bill.Lines.Select(l => (l.Tier, l.Energy, l.Surcharge)));
        Assert.Equal(18_200.00m, bill.Total);
        Assert.Equal("160000 × 0.65 × 10% = 10400", bill.Lines[0].Working);
    }

    [Fact]
    public void Far_over_the_quota_the_open_tier_applies_to_the_rest()
    {
        var bill = SurchargeBill.Compute(Tiers, 80, 10000, 1_600_000, 0.65m);
        Assert.Equal(3, bill.Lines.Count);
        Assert.Equal(400_000, bill.Lines[2].Energy); // 800,000 over; 400,000 beyond the 50% line
        Assert.Equal(10_400m + 46_800m + 130_000m, bill.Total);
    }

    [Fact]
    public void Within_the_quota_there_is_nothing_to_pay()
    {
        var bill = SurchargeBill.Compute(Tiers, 80, 10000, 800_000, 0.65m);
        Assert.Empty(bill.Lines);
        Assert.Equal(0, bill.Total);
    }

    [Fact]
    public void Money_is_rounded_to_the_fen_half_away_from_zero()
    {
        var bill = SurchargeBill.Compute(Tiers, 1, 1, 1.15m, 0.5m); // 0.15 kWh × 0.5 × 10% = 0.0075 → 0.01
        Assert.Equal(0.01m, bill.Total);
    }

    [Fact]
    public void Tiers_with_a_gap_an_overlap_or_a_closed_end_are_refused()
    {
        var gap = Tiers with { Tiers = [new SurchargeTier(0, 20, 10), new SurchargeTier(25, null, 30)] };
        Assert.Contains(gap.Problems(), p => p.Contains("starts at 25%", StringComparison.Ordinal));
        var closed = Tiers with { Tiers = [new SurchargeTier(0, 20, 10)] };
        Assert.Contains("the last tier must be open-ended", closed.Problems());
        Assert.Throws<ArgumentException>(() => SurchargeBill.Compute(closed, 80, 10000, 900_000, 0.65m));
    }
}
