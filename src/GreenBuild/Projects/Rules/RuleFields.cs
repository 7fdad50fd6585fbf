using System.Globalization;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Projects.Rules;

/// <summary>
/// The project fields a rule may test, each read as a number so that one comparison serves all: levels and
/// enums by their order, flags as 0/1. A rule naming any other field is refused when the rule set is loaded.
/// </summary>
public static class RuleFields
{
    private static readonly Dictionary<string, (Func<ProjectFacts, decimal?> Read, Func<string, decimal?> Parse)> Fields =
        new(StringComparer.Ordinal)
        {
            ["GreenLevel"] = (p => (int)p.GreenLevel, v => Enum.TryParse<GreenLevel>(v, out var l) ? (int)l : null),
            ["EnergyStandardPercent"] = (p => p.EnergyStandardPercent, Number),
            ["AssemblyRatePercent"] = (p => p.AssemblyRatePercent, Number),
            ["IsGreenInnovationProject"] = (p => p.IsGreenInnovationProject ? 1 : 0, Flag),
            ["SolarThermalArea"] = (p => p.SolarThermalArea, Number),
            ["PvCapacityKwp"] = (p => p.PvCapacityKwp, Number),
            ["StructureType"] = (p => (int)p.StructureType, v => Enum.TryParse<StructureType>(v, out var s) ? (int)s : null),
        };

    public static IReadOnlyCollection<string> Names => Fields.Keys;

    public static IReadOnlyList<string> Operators { get; } = [">=", "<=", "==", "!=", ">", "<"];

    public static bool IsKnown(string field) => Fields.ContainsKey(field);

    public static decimal? Read(string field, ProjectFacts project) => Fields[field].Read(project);

    public static decimal? Parse(string field, string value) => Fields[field].Parse(value);

    /// <summary>The project's value as the rule set writes it (GreenLevel as its name, not its order).</summary>
    public static string Display(string field, ProjectFacts project) => field switch
    {
        "GreenLevel" => project.GreenLevel.ToString(),
        "StructureType" => project.StructureType.ToString(),
        "IsGreenInnovationProject" => project.IsGreenInnovationProject ? "true" : "false",
        _ => Read(field, project)?.ToString(CultureInfo.InvariantCulture) ?? "—",
    };

    private static decimal? Number(string v) =>
        decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static decimal? Flag(string v) => v switch { "true" => 1, "false" => 0, _ => null };
}
