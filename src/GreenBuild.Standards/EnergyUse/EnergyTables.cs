namespace GreenBuild.Standards.EnergyUse;

/// <summary>The non-heating values of GB/T 51161-2016 as read from the reference file.</summary>
internal sealed record NonHeatingTable(string Unit, IReadOnlyList<NonHeatingRow> Values);

internal sealed record NonHeatingRow(PublicBuildingType BuildingType, OperationClass OperationClass, string ClimateZone, decimal Constraint, decimal Guide);

/// <summary>The office correction of GB/T 51161-2016 §6.2 as read from the reference file.</summary>
internal sealed record OfficeCorrectionTable(
    decimal ReferenceHours,
    decimal HoursConstant,
    decimal HoursCoefficient,
    decimal ReferenceAreaPerPerson,
    decimal AreaConstant,
    decimal AreaCoefficient);
