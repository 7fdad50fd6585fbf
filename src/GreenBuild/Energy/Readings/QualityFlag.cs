namespace GreenBuild.Energy.Readings;

/// <summary>
/// Data-quality flags of an interval value. Flagged values are kept, never dropped; <see cref="QualityRule"/>
/// decides which of them roll-ups exclude.
/// </summary>
[Flags]
public enum QualityFlag
{
    None = 0,

    /// <summary>缺数 — the interval before this one had no reading (the value spans a gap).</summary>
    Gap = 1,

    /// <summary>突变 — far above the meter's typical interval value.</summary>
    Spike = 2,

    /// <summary>负值 — the register went backwards without a rollover or a replacement to explain it.</summary>
    Negative = 4,

    /// <summary>数据停滞 — the register has not moved for many intervals in a row.</summary>
    FlatLine = 8,

    /// <summary>表计翻转 — the register passed its maximum and restarted at zero (the value is corrected).</summary>
    Rollover = 16,

    /// <summary>时钟偏差 — not on an interval boundary, or in the future.</summary>
    ClockSkew = 32,

    /// <summary>换表 — the value spans a documented meter replacement (corrected with both registers).</summary>
    Replacement = 64,
}

/// <summary>
/// The documented rule of roll-ups: negatives, spikes and clock-skewed values are excluded; gaps are missing
/// data; rollover and replacement values are corrected and included; flat-lines are included (zero use is
/// possible) but lower the day's quality score.
/// </summary>
public static class QualityRule
{
    public const QualityFlag Excluded = QualityFlag.Negative | QualityFlag.Spike | QualityFlag.ClockSkew;

    public static bool CountsInRollups(QualityFlag flags) => (flags & Excluded) == 0;
}
