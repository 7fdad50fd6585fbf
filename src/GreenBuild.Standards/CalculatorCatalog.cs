using GreenBuild.Standards.AssemblyRate;
using GreenBuild.Standards.Carbon;
using GreenBuild.Standards.EnergyUse;
using GreenBuild.Standards.GreenRating;
using GreenBuild.Standards.Reference;
using GreenBuild.Standards.StandardCoal;

namespace GreenBuild.Standards;

/// <summary>
/// 计算器目录 — the five standard calculators by name, so the REST API and the CLI can dispatch
/// <c>POST /api/v1/calculators/{name}</c> and <c>greenbuild calc {name}</c> with a JSON input.
/// </summary>
public static class CalculatorCatalog
{
    private static readonly Lazy<IReadOnlyList<ICalculator>> Default = new(() => Create(ReferenceLibrary.Embedded));

    /// <summary>The calculators on the embedded reference tables: green-rating, assembly-rate, energy-use, carbon, standard-coal.</summary>
    public static IReadOnlyList<ICalculator> All => Default.Value;

    /// <summary>The dispatch names, in catalog order.</summary>
    public static IReadOnlyList<string> Names => All.Select(c => c.Name).ToArray();

    /// <summary>The calculator of that name (case-insensitive), or null.</summary>
    /// <param name="name">e.g. "assembly-rate".</param>
    public static ICalculator? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The five calculators on the given reference tables (e.g. with administrator-corrected values).</summary>
    /// <param name="library">The reference library.</param>
    public static IReadOnlyList<ICalculator> Create(ReferenceLibrary library) =>
    [
        new GreenRatingCalculator(library),
        new AssemblyRateCalculator(library),
        new EnergyUseCalculator(library),
        new CarbonCalculator(library),
        new StandardCoalCalculator(library),
    ];
}
