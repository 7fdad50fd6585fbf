namespace GreenBuild.Standards.EnergyUse;

/// <summary>Input checks of the energy-use comparison: areas positive, energies not negative, values consistent.</summary>
internal static class EnergyUseValidation
{
    public static void Validate(EnergyUseInput input, Func<EnergyUseInput, NonHeatingRow?> lookup, InputErrors errors)
    {
        errors.Defined(input.BuildingType, nameof(input.BuildingType));
        errors.Defined(input.OperationClass, nameof(input.OperationClass));
        errors.Defined(input.ClimateZone, nameof(input.ClimateZone));
        errors.Positive(input.FloorArea, nameof(input.FloorArea), "area.not_positive");
        errors.Required(input.AnnualNonHeatingEnergyKwh, nameof(input.AnnualNonHeatingEnergyKwh));
        errors.NonNegative(input.AnnualNonHeatingEnergyKwh, nameof(input.AnnualNonHeatingEnergyKwh));
        if (input.OfficeUsage is { } usage)
        {
            if (!IsOffice(input.BuildingType))
            {
                errors.Add("office_usage.not_office", nameof(input.OfficeUsage), "Error.OfficeUsageNotOffice");
            }

            errors.Positive(usage.AnnualHoursOfUse, $"{nameof(input.OfficeUsage)}.{nameof(usage.AnnualHoursOfUse)}");
            errors.Positive(usage.FloorAreaPerPerson, $"{nameof(input.OfficeUsage)}.{nameof(usage.FloorAreaPerPerson)}");
        }

        if (input.CustomQuota is { } quota)
        {
            Quota(quota, nameof(input.CustomQuota), errors);
        }
        else if (Enum.IsDefined(input.BuildingType) && Enum.IsDefined(input.OperationClass) && Enum.IsDefined(input.ClimateZone) && lookup(input) is null)
        {
            errors.Add("quota.not_found", nameof(input.BuildingType), "Error.QuotaNotFound",
                input.BuildingType, input.OperationClass, input.ClimateZone);
        }

        if (input.Heating is { } heating)
        {
            Heating(heating, errors);
        }
    }

    public static bool IsOffice(PublicBuildingType type) => type is PublicBuildingType.GovernmentOffice or PublicBuildingType.CommercialOffice;

    private static void Heating(HeatingUse heating, InputErrors errors)
    {
        const string prefix = nameof(EnergyUseInput.Heating) + ".";
        errors.Required(heating.AnnualEnergyKgce, prefix + nameof(heating.AnnualEnergyKgce));
        errors.NonNegative(heating.AnnualEnergyKgce, prefix + nameof(heating.AnnualEnergyKgce));
        errors.Positive(heating.HeatedArea, prefix + nameof(heating.HeatedArea), "area.not_positive");
        if (heating.Quota is null)
        {
            errors.Add("value.required", prefix + nameof(heating.Quota), "Error.HeatingQuotaRequired");
        }
        else
        {
            Quota(heating.Quota, prefix + nameof(heating.Quota), errors);
        }
    }

    private static void Quota(EnergyQuota quota, string field, InputErrors errors)
    {
        errors.Positive(quota.Constraint, field + "." + nameof(quota.Constraint));
        errors.Positive(quota.Guide, field + "." + nameof(quota.Guide));
        if (quota.Guide > quota.Constraint)
        {
            errors.Add("quota.guide_above_constraint", field + "." + nameof(quota.Guide), "Error.GuideAboveConstraint",
                Num.Text(quota.Guide.Value), Num.Text(quota.Constraint!.Value));
        }
    }
}
