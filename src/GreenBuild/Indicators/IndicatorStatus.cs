namespace GreenBuild.Indicators;

/// <summary>Where an indicator stands against its target (see <see cref="StatusRule"/>).</summary>
public enum IndicatorStatus
{
    /// <summary>无数据</summary>
    NoData,

    /// <summary>无量化目标 — the plan sets no number (e.g. "开展试点").</summary>
    NoTarget,

    /// <summary>达标 — the latest value meets the target.</summary>
    Achieved,

    /// <summary>正常推进 — on or ahead of the expected trajectory.</summary>
    OnTrack,

    /// <summary>存在风险 — slightly behind the trajectory, or behind but the trend still reaches the target.</summary>
    AtRisk,

    /// <summary>滞后 — clearly behind and the trend does not reach the target.</summary>
    Behind,
}
