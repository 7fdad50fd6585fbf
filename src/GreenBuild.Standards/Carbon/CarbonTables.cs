namespace GreenBuild.Standards.Carbon;

/// <summary>The grid factors as read from grid-emission-factors.json.</summary>
internal sealed record GridTable(string Unit, IReadOnlyList<GridRegionRow> Regions, IReadOnlyList<GridFactorRow> Factors);

internal sealed record GridRegionRow(string Region, string NameZh, string? Parent);

internal sealed record GridFactorRow(string Region, int Year, decimal Factor);

/// <summary>The fuel data of GB/T 51366-2019 appendix A as read from gbt-51366-2019-fuel-factors.json.</summary>
internal sealed record FuelTable(
    decimal Co2PerCarbonNumerator,
    decimal Co2PerCarbonDenominator,
    decimal UnitConversionDivisor,
    IReadOnlyList<FuelRow> Fuels,
    IReadOnlyList<DirectFactorRow> Direct);

internal sealed record FuelRow(EnergyCarrier Carrier, string NameZh, string Unit, decimal CarbonPerHeat, decimal OxidationRate, decimal NetCalorificValue);

internal sealed record DirectFactorRow(EnergyCarrier Carrier, string NameZh, string Unit, decimal Factor);
