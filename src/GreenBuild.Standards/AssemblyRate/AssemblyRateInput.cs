namespace GreenBuild.Standards.AssemblyRate;

/// <summary>
/// 装配率计算输入 — the application ratios (in %, 0–100) of the items of table 4.0.1 of GB/T 51129-2017
/// for one single building. Every item must be given unless it is listed in <see cref="NotApplicable"/>.
/// </summary>
public sealed record AssemblyRateInput
{
    /// <summary>竖向构件 — prefabricated share of columns, braces, load-bearing walls, ductile wall panels, %.</summary>
    public decimal? VerticalMembersPercent { get; init; }

    /// <summary>水平构件 — prefabricated share of beams, slabs, stairs, balconies, AC platforms, %.</summary>
    public decimal? HorizontalMembersPercent { get; init; }

    /// <summary>非承重围护墙非砌筑比例, %.</summary>
    public decimal? NonMasonryExteriorWallPercent { get; init; }

    /// <summary>围护墙与保温、隔热、装饰一体化比例, %.</summary>
    public decimal? ExteriorWallIntegrationPercent { get; init; }

    /// <summary>内隔墙非砌筑比例, %.</summary>
    public decimal? NonMasonryPartitionPercent { get; init; }

    /// <summary>内隔墙与管线、装修一体化比例, %.</summary>
    public decimal? PartitionIntegrationPercent { get; init; }

    /// <summary>全装修 — the building is fully fitted out (also an entry condition of §3.0.3).</summary>
    public bool FullDecoration { get; init; }

    /// <summary>干式工法楼面、地面比例, %.</summary>
    public decimal? DryFloorPercent { get; init; }

    /// <summary>集成厨房比例, %.</summary>
    public decimal? IntegratedKitchenPercent { get; init; }

    /// <summary>集成卫生间比例, %.</summary>
    public decimal? IntegratedBathroomPercent { get; init; }

    /// <summary>管线分离比例, %.</summary>
    public decimal? PipelineSeparationPercent { get; init; }

    /// <summary>评价项目中缺少的评价项 — items the building does not have; their maximum scores form Q4 (§4.0.1).</summary>
    public IReadOnlyList<AssemblyItem> NotApplicable { get; init; } = [];
}
