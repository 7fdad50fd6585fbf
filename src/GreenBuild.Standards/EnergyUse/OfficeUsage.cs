namespace GreenBuild.Standards.EnergyUse;

/// <summary>办公建筑使用情况 — the data of the office correction of GB/T 51161-2016 §6.2.</summary>
public sealed record OfficeUsage
{
    /// <summary>T — actual annual hours of use, h/a.</summary>
    public decimal? AnnualHoursOfUse { get; init; }

    /// <summary>S — floor area per person, m²/人.</summary>
    public decimal? FloorAreaPerPerson { get; init; }
}
