namespace GreenBuild.Energy.Quotas;

/// <summary>
/// One tier of 超定额加价: energy between <see cref="OverFromPercent"/> and <see cref="OverToPercent"/> above the
/// quota is charged <see cref="PriceIncreasePercent"/> more than the normal price. Tiers are progressive, like
/// income-tax brackets: each tier's rate applies only to the energy inside it.
/// </summary>
public sealed record SurchargeTier(decimal OverFromPercent, decimal? OverToPercent, decimal PriceIncreasePercent);

/// <summary>The surcharge tiers the province sets for a year (configurable, versioned with the quotas).</summary>
public sealed record SurchargeSchedule(int Year, string Version, IReadOnlyList<SurchargeTier> Tiers)
{
    /// <summary>Tiers must start at 0%, follow each other without gap or overlap, and only the last may be open.</summary>
    public IEnumerable<string> Problems()
    {
        if (Tiers.Count == 0)
        {
            yield return "no tiers";
            yield break;
        }

        if (Tiers[0].OverFromPercent != 0)
        {
            yield return "the first tier must start at 0% over the quota";
        }

        for (var i = 0; i < Tiers.Count; i++)
        {
            var tier = Tiers[i];
            if (tier.PriceIncreasePercent < 0)
            {
                yield return $"tier {i + 1}: a negative price increase";
            }

            if (tier.OverToPercent is { } to && to <= tier.OverFromPercent)
            {
                yield return $"tier {i + 1}: ends at {to}% before it starts at {tier.OverFromPercent}%";
            }

            if (i < Tiers.Count - 1 && tier.OverToPercent != Tiers[i + 1].OverFromPercent)
            {
                yield return $"tier {i + 1} ends at {tier.OverToPercent?.ToString() ?? "∞"}% but tier {i + 2} starts at {Tiers[i + 1].OverFromPercent}%";
            }
        }

        if (Tiers[^1].OverToPercent is not null)
        {
            yield return "the last tier must be open-ended";
        }
    }
}
