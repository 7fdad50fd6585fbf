namespace GreenBuild.Labels.Contracts;

/// <summary>
/// 标识统计 — the named read-only queries the indicators module reads (STYLE rule 8): label counts and areas from
/// certificates in force (valid or downgraded, not revoked), each with the certificate numbers it counted so every
/// figure can be traced to its records. Scope is not applied: the caller decides what its user may see.
/// </summary>
public interface ILabelIndicators
{
    /// <summary>
    /// 一星级及以上绿色建筑占比 (plan 四(二): 30% by 2025): the floor area with a ≥ 一星 label in force (一星、二星 certificates
    /// and 三星 applications recommended to the national level) over the floor area of the registry's projects at 竣工验收
    /// or 运营, in the city (prefecture with counties) or the province.
    /// </summary>
    Task<LabelShare> OneStarOrAboveShareAsync(LabelQuery query, CancellationToken cancellationToken = default);

    /// <summary>二星级 labels in force: count and floor area.</summary>
    Task<LabelTally> TwoStarAsync(LabelQuery query, CancellationToken cancellationToken = default);

    /// <summary>三星级: applications the province recommended to the national level: count and floor area.</summary>
    Task<LabelTally> ThreeStarAsync(LabelQuery query, CancellationToken cancellationToken = default);

    /// <summary>一星级 labels in force: count and floor area.</summary>
    Task<LabelTally> OneStarAsync(LabelQuery query, CancellationToken cancellationToken = default);
}
