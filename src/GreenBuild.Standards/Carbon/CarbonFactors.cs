namespace GreenBuild.Standards.Carbon;

/// <summary>
/// Emission factors of GB/T 51366-2019: the published grid factor (province → grid region → national) and
/// fuel factors derived from appendix A (carbon per unit heat × oxidation rate × 44/12 × calorific value).
/// </summary>
internal sealed class CarbonFactors(GridTable grid, FuelTable fuels)
{
    public bool KnowsRegion(string region) => grid.Regions.Any(r => r.Region == region);

    /// <summary>The factor of the region or, lacking one for the year, of its parent regions.</summary>
    public GridFactorRow? Grid(string region, int year)
    {
        string? current = region;
        while (current is not null)
        {
            GridFactorRow? row = grid.Factors.FirstOrDefault(f => f.Region == current && f.Year == year);
            if (row is not null)
            {
                return row;
            }

            current = grid.Regions.FirstOrDefault(r => r.Region == current)?.Parent;
        }

        return null;
    }

    public string RegionName(string region) => grid.Regions.FirstOrDefault(r => r.Region == region)?.NameZh ?? region;

    public bool HasFuelFactor(EnergyCarrier carrier) =>
        fuels.Fuels.Any(f => f.Carrier == carrier) || fuels.Direct.Any(d => d.Carrier == carrier);

    /// <summary>The fuel factor in kgCO2 per unit, with the step that derives it.</summary>
    public decimal Fuel(EnergyCarrier carrier, ExplanationBuilder x)
    {
        if (fuels.Direct.FirstOrDefault(d => d.Carrier == carrier) is { } direct)
        {
            x.StepWithClause(x.Appendix("A"), Text.Format("Carbon.Step.Factor", direct.NameZh), "EF = direct factor",
                Sv.Of("EF", direct.Factor, $"kgCO2/{direct.Unit}"));
            return direct.Factor;
        }

        FuelRow fuel = fuels.Fuels.First(f => f.Carrier == carrier);
        decimal factor = fuel.CarbonPerHeat * fuel.OxidationRate * fuels.Co2PerCarbonNumerator / fuels.Co2PerCarbonDenominator
            * fuel.NetCalorificValue / fuels.UnitConversionDivisor;
        x.StepWithClause(x.Appendix("A"), Text.Format("Carbon.Step.Factor", fuel.NameZh),
            $"EF = CC × OF × {Num.Text(fuels.Co2PerCarbonNumerator)}/{Num.Text(fuels.Co2PerCarbonDenominator)} × NCV / {Num.Text(fuels.UnitConversionDivisor)}",
            Sv.Of("EF", Num.Present(factor), $"kgCO2/{fuel.Unit}"),
            Sv.Of("CC", fuel.CarbonPerHeat, "tC/TJ"), Sv.Of("OF", fuel.OxidationRate), Sv.Of("NCV", fuel.NetCalorificValue, $"kJ/{fuel.Unit}"));
        return factor;
    }
}
