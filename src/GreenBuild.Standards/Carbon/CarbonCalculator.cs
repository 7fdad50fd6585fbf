using GreenBuild.Standards.Reference;

namespace GreenBuild.Standards.Carbon;

/// <summary>
/// 建筑运行阶段碳排放计算 — GB/T 51366-2019 §4.1.1: C_M = [Σ_i (E_i × EF_i) − C_p] × y / A with
/// E_i = Σ_j (E_ij − ER_ij); reported per year, per m² and year, and over the design life.
/// </summary>
public sealed class CarbonCalculator : StandardCalculator<CarbonInput, CarbonOutcome>
{
    /// <summary>The reference file of the published grid factors.</summary>
    public const string GridFile = "grid-emission-factors.json";

    /// <summary>The reference file of the fuel data of appendix A.</summary>
    public const string FuelFile = "gbt-51366-2019-fuel-factors.json";

    private readonly ReferenceDocument gridDocument;
    private readonly ReferenceDocument fuelDocument;
    private readonly CarbonFactors factors;

    /// <summary>A calculator on the embedded reference tables.</summary>
    public CarbonCalculator()
        : this(ReferenceLibrary.Embedded)
    {
    }

    /// <summary>A calculator on the given reference tables.</summary>
    /// <param name="library">The reference library to read.</param>
    public CarbonCalculator(ReferenceLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        gridDocument = library.Get(GridFile);
        fuelDocument = library.Get(FuelFile);
        factors = new CarbonFactors(ReferenceJson.Read<GridTable>(gridDocument), ReferenceJson.Read<FuelTable>(fuelDocument));
    }

    /// <inheritdoc />
    public override string Name => "carbon";

    /// <inheritdoc />
    public override string Standard => "GB/T 51366-2019";

    /// <inheritdoc />
    public override string Title => Text.Get("Carbon.Title");

    private protected override void Validate(CarbonInput input, InputErrors errors) =>
        CarbonValidation.Validate(input, factors, errors);

    private protected override CalculationResult<CarbonOutcome> Compute(CarbonInput input)
    {
        var x = new ExplanationBuilder(Standard);
        var lines = new List<CarrierEmission>();
        foreach (CarbonEnergyUse use in input.Energy)
        {
            (decimal factor, string source) = Factor(input, use, x);
            decimal consumption = use.AnnualConsumption!.Value;
            decimal net = consumption - use.OnSiteRenewable;
            decimal kg = net * factor;
            string name = Text.Get($"Carrier.{use.Carrier}");
            string unit = CarrierUnits.Of(use.Carrier);
            x.Step("4.1.1", Text.Format("Carbon.Step.Carrier", name), "E_i = E_ij − ER_ij; C_i = E_i × EF_i",
                Sv.Of("C_i", Num.Present(kg), "kgCO2/a"), Sv.Of("E_ij", consumption, unit), Sv.Of("ER_ij", use.OnSiteRenewable, unit),
                Sv.Of("E_i", net, unit), Sv.Of("EF_i", Num.Present(factor), $"kgCO2/{unit}"), Sv.Text(Text.Get("Carbon.Value.Source"), source));
            lines.Add(new CarrierEmission(use.Carrier, name, unit, consumption, use.OnSiteRenewable, net, factor, source, kg));
        }

        decimal area = input.FloorArea!.Value;
        decimal years = input.DesignLifeYears!.Value;
        decimal gross = lines.Sum(l => l.EmissionsKg);
        decimal annual = gross - input.GreenSpaceSinkKgPerYear;
        x.Step("4.1.1", Text.Get("Carbon.Step.Annual"), "C = Σ(E_i × EF_i) − C_p",
            Sv.Of("C", Num.Present(annual), "kgCO2/a"), Sv.Of("Σ(E_i × EF_i)", Num.Present(gross), "kgCO2/a"), Sv.Of("C_p", input.GreenSpaceSinkKgPerYear, "kgCO2/a"));
        decimal perArea = annual / area;
        x.Step("4.1.1", Text.Get("Carbon.Step.PerArea"), "C / A",
            Sv.Of("C/A", Num.Present(perArea), "kgCO2/(m²·a)"), Sv.Of("C", Num.Present(annual), "kgCO2/a"), Sv.Of("A", area, "m²"));
        decimal lifeTotal = annual * years;
        decimal lifePerArea = lifeTotal / area;
        x.Step("4.1.1", Text.Get("Carbon.Step.Life"), "C_M = [Σ(E_i × EF_i) − C_p] × y / A",
            Sv.Of("C_M", Num.Present(lifePerArea), "kgCO2/m²"), Sv.Of("C", Num.Present(annual), "kgCO2/a"), Sv.Of("y", years, "a"), Sv.Of("A", area, "m²"));

        var outcome = new CarbonOutcome(lines, gross, input.GreenSpaceSinkKgPerYear, annual, perArea, years, lifeTotal, lifePerArea);
        string summary = Text.Format("Carbon.Summary", Num.Text(Num.Present(perArea)), Num.Text(Num.Present(lifePerArea)), Num.Text(years));
        return new CalculationResult<CarbonOutcome>(outcome, [], x.Build(summary));
    }

    private (decimal Factor, string Source) Factor(CarbonInput input, CarbonEnergyUse use, ExplanationBuilder x)
    {
        if (use.EmissionFactor is { } own)
        {
            return (own, Text.Get("Carbon.Source.Caller"));
        }

        if (use.Carrier != EnergyCarrier.Electricity)
        {
            x.Uses(fuelDocument);
            return (factors.Fuel(use.Carrier, x), $"{fuelDocument.File} v{fuelDocument.Version} ({fuelDocument.Status})");
        }

        if (input.GridFactor is { } given)
        {
            return (given, Text.Get("Carbon.Source.Caller"));
        }

        x.Uses(gridDocument);
        GridFactorRow row = factors.Grid(input.GridRegion, input.GridFactorYear!.Value)!;
        string region = factors.RegionName(row.Region);
        x.Step("4.1.1", Text.Get("Carbon.Step.Grid"), "province → grid region → national, for the year",
            Sv.Of("EF", row.Factor, "kgCO2/kWh"), Sv.Text(Text.Get("Carbon.Value.Requested"), factors.RegionName(input.GridRegion)),
            Sv.Text(Text.Get("Carbon.Value.Used"), region), Sv.Of(Text.Get("Carbon.Value.Year"), row.Year));
        return (row.Factor, $"{gridDocument.File} {row.Region} {row.Year} v{gridDocument.Version} ({gridDocument.Status})");
    }
}
