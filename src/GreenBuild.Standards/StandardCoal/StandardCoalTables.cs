namespace GreenBuild.Standards.StandardCoal;

/// <summary>Appendix A of GB/T 2589-2020 as read from gbt-2589-2020-standard-coal.json.</summary>
internal sealed record CoalTable(IReadOnlyList<CoalRow> Carriers);

internal sealed record CoalRow(EnergyCarrier Carrier, string NameZh, string Unit, decimal Coefficient, string CoefficientUnit, decimal? Minimum, decimal? Maximum);

/// <summary>The yearly electricity 等价值 as read from electricity-supply-coal-consumption.json.</summary>
internal sealed record GenerationTable(string Unit, IReadOnlyList<GenerationYear> Years);

internal sealed record GenerationYear(int Year, decimal Coefficient);
