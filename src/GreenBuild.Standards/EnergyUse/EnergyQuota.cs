namespace GreenBuild.Standards.EnergyUse;

/// <summary>能耗指标 — a constraint and guide value pair supplied by the caller (e.g. a provincial quota).</summary>
public sealed record EnergyQuota
{
    /// <summary>约束值 — the constraint value, in the unit of the compared intensity.</summary>
    public decimal? Constraint { get; init; }

    /// <summary>引导值 — the guide value (not above the constraint value).</summary>
    public decimal? Guide { get; init; }

    /// <summary>Where the values come from (document, clause), recorded in the explanation.</summary>
    public string Source { get; init; } = "";
}
