namespace GreenBuild.Standards.StandardCoal;

/// <summary>折标准煤计算输入 — energy amounts to convert to kgce by GB/T 2589-2020.</summary>
public sealed record StandardCoalInput
{
    /// <summary>当量值 or 等价值 for electricity; the caller chooses.</summary>
    public ElectricityBasis ElectricityBasis { get; init; } = ElectricityBasis.CalorificEquivalent;

    /// <summary>The year whose 等价值 to use (when <see cref="ElectricityCoefficient"/> is not given).</summary>
    public int? Year { get; init; }

    /// <summary>The 等价值 in kgce/kWh from an official source, replacing the reference year table.</summary>
    public decimal? ElectricityCoefficient { get; init; }

    /// <summary>The amounts to convert.</summary>
    public IReadOnlyList<EnergyAmount> Amounts { get; init; } = [];
}
