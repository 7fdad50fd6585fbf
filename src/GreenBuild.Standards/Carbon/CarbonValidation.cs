namespace GreenBuild.Standards.Carbon;

/// <summary>Input checks of the operational-carbon calculation.</summary>
internal static class CarbonValidation
{
    public static void Validate(CarbonInput input, CarbonFactors factors, InputErrors errors)
    {
        errors.Positive(input.FloorArea, nameof(input.FloorArea), "area.not_positive");
        errors.Positive(input.DesignLifeYears, nameof(input.DesignLifeYears));
        errors.NonNegative(input.GreenSpaceSinkKgPerYear, nameof(input.GreenSpaceSinkKgPerYear));
        errors.NonNegative(input.GridFactor, nameof(input.GridFactor));
        IReadOnlyList<CarbonEnergyUse> energy = input.Energy ?? [];
        if (energy.Count == 0)
        {
            errors.Add("value.required", nameof(input.Energy), "Error.EnergyRequired");
        }

        for (int i = 0; i < energy.Count; i++)
        {
            Line(energy[i], $"{nameof(input.Energy)}[{i}]", factors, errors);
        }

        bool needsGrid = input.GridFactor is null && energy.Any(e => e is { Carrier: EnergyCarrier.Electricity, EmissionFactor: null });
        if (needsGrid)
        {
            Grid(input, factors, errors);
        }
    }

    private static void Line(CarbonEnergyUse? use, string field, CarbonFactors factors, InputErrors errors)
    {
        if (use is null)
        {
            errors.Add("value.required", field, "Error.Required");
            return;
        }

        errors.Defined(use.Carrier, field + ".Carrier");
        errors.Required(use.AnnualConsumption, field + ".AnnualConsumption");
        errors.NonNegative(use.AnnualConsumption, field + ".AnnualConsumption");
        errors.NonNegative(use.OnSiteRenewable, field + ".OnSiteRenewable");
        errors.NonNegative(use.EmissionFactor, field + ".EmissionFactor");
        if (use.OnSiteRenewable > use.AnnualConsumption)
        {
            errors.Add("renewable.above_consumption", field + ".OnSiteRenewable", "Error.RenewableAboveConsumption",
                Num.Text(use.OnSiteRenewable), Num.Text(use.AnnualConsumption));
        }

        if (use.EmissionFactor is null && use.Carrier != EnergyCarrier.Electricity && Enum.IsDefined(use.Carrier) && !factors.HasFuelFactor(use.Carrier))
        {
            errors.Add("factor.not_found", field + ".EmissionFactor", "Error.CarrierNoFactor", use.Carrier);
        }
    }

    private static void Grid(CarbonInput input, CarbonFactors factors, InputErrors errors)
    {
        string region = input.GridRegion ?? "";
        if (!factors.KnowsRegion(region))
        {
            errors.Add("value.unknown", nameof(input.GridRegion), "Error.UnknownRegion", region);
        }
        else if (input.GridFactorYear is not { } year)
        {
            errors.Add("value.required", nameof(input.GridFactorYear), "Error.GridYearRequired");
        }
        else if (factors.Grid(region, year) is null)
        {
            errors.Add("factor.not_found", nameof(input.GridFactorYear), "Error.GridFactorNotFound", region, year);
        }
    }
}
