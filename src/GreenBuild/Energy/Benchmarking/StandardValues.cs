using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using GreenBuild.Standards.StandardCoal;

namespace GreenBuild.Energy.Benchmarking;

/// <summary>
/// The calculators' numbers a ranking needs, asked once: the GB/T 2589 coefficients (kgce per kWh, per GJ of heat,
/// per m³ of gas) and the GB/T 51161 约束值/引导值 of each building type, class and zone. A building's own page runs
/// the full calculators with their explanation; the ranking applies the same numbers to thousands of buildings.
/// </summary>
public sealed class StandardValues
{
    private readonly EnergyUseCalculator energyUse = new();
    private readonly Dictionary<(PublicBuildingType, OperationClass, ClimateZone), (decimal Constraint, decimal Guide, string Source)?> values = [];

    public StandardValues()
    {
        var result = new StandardCoalCalculator().Calculate(new StandardCoalInput
        {
            Amounts = [new EnergyAmount { Carrier = EnergyCarrier.Electricity, Quantity = 1 }, new EnergyAmount { Carrier = EnergyCarrier.Heat, Quantity = 1000 },
                       new EnergyAmount { Carrier = EnergyCarrier.NaturalGas, Quantity = 1 }],
        });
        var lines = result.Outcome!.Lines;
        (KgcePerKwh, KgcePerGj, KgcePerM3Gas) = (lines[0].Kgce, lines[1].Kgce, lines[2].Kgce);
        CoalSource = string.Join("; ", result.Explanation.References.Select(r => $"{r.File} v{r.Version}"));
    }

    public decimal KgcePerKwh { get; }

    public decimal KgcePerGj { get; }

    public decimal KgcePerM3Gas { get; }

    public string CoalSource { get; }

    /// <summary>GB/T 51161's non-heating values for the building, or null when the reference table has none (hotels, malls).</summary>
    public (decimal Constraint, decimal Guide, string Source)? NonHeating(PublicBuildingType type, OperationClass operation, ClimateZone zone)
    {
        lock (values)
        {
            if (!values.TryGetValue((type, operation, zone), out var found))
            {
                var outcome = energyUse.Calculate(new EnergyUseInput { BuildingType = type, OperationClass = operation, ClimateZone = zone, FloorArea = 1, AnnualNonHeatingEnergyKwh = 1 });
                found = outcome.Outcome is { } o ? (o.NonHeating.Constraint, o.NonHeating.Guide, o.NonHeating.QuotaSource) : null;
                values[(type, operation, zone)] = found;
            }

            return found;
        }
    }

    /// <summary>The calculator's own classification: ≤ guide better, ≤ constraint between, above it exceeds.</summary>
    public static QuotaBand Band(decimal value, decimal constraint, decimal guide) =>
        value <= guide ? QuotaBand.BetterThanGuide : value <= constraint ? QuotaBand.BetweenGuideAndConstraint : QuotaBand.ExceedsConstraint;

    public EnergyUseCalculator EnergyUse => energyUse;
}
