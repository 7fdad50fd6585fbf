namespace GreenBuild.Standards.GreenRating;

/// <summary>
/// 星级技术要求 — the values table 3.2.8 of GB/T 50378-2019 checks for 一星/二星/三星.
/// A value left null is "not shown" and meets only the levels that do not require it.
/// </summary>
public sealed record StarMeasures
{
    /// <summary>围护结构热工性能的提高比例, %.</summary>
    public decimal? EnvelopeImprovementPercent { get; init; }

    /// <summary>建筑供暖空调负荷降低比例, % (the alternative to the envelope improvement).</summary>
    public decimal? LoadReductionPercent { get; init; }

    /// <summary>严寒和寒冷地区住宅建筑外窗传热系数降低比例, % (residential buildings in 严寒/寒冷 only).</summary>
    public decimal? WindowUValueReductionPercent { get; init; }

    /// <summary>节水器具用水效率等级: 1, 2 or 3 (1 is the most efficient).</summary>
    public int? WaterFittingsGrade { get; init; }

    /// <summary>住宅建筑隔声性能 (residential buildings only).</summary>
    public SoundInsulationLevel? SoundInsulation { get; init; }

    /// <summary>室内主要空气污染物浓度降低比例, %.</summary>
    public decimal? PollutantReductionPercent { get; init; }

    /// <summary>外窗气密性能符合节能设计标准且外窗洞口与外窗本体结合部位严密.</summary>
    public bool? WindowAirtightnessCompliant { get; init; }

    /// <summary>绿色建材应用比例, % (only in the 2024 partial revision).</summary>
    public decimal? GreenMaterialsPercent { get; init; }
}
