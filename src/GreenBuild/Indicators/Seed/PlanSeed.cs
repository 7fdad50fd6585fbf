using System.Text.Json;
using System.Text.Json.Serialization;
using GreenBuild.Indicators.Model;

namespace GreenBuild.Indicators.Seed;

/// <summary>
/// The plan's indicators as reviewed data (<c>Seed/plan-14fyp.json</c>, embedded): every figure carries the line
/// of the plan text it was read from and the words quoted, so a test can hold each one against the text.
/// </summary>
public sealed record PlanSeed(string Version, PlanSeed.SourceInfo Source, PlanSeed.PlanInfo Plan, IReadOnlyList<PlanSeed.IndicatorInfo> Indicators)
{
    public const string ResourceName = "GreenBuild.Indicators.Seed.plan-14fyp.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PlanSeed LoadEmbedded()
    {
        using var stream = typeof(PlanSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Parse(stream);
    }

    public static PlanSeed Parse(Stream json) =>
        JsonSerializer.Deserialize<PlanSeed>(json, Json) ?? throw new InvalidOperationException("The plan seed is empty.");

    public sealed record SourceInfo(string Document, string File);

    public sealed record PlanInfo(string Code, string NameZh, string NameEn, int BaselineYear, int StartYear, int TargetYear);

    /// <summary>A figure: its value (null where the plan gives none), a note, and the line and words of the plan it comes from.</summary>
    public sealed record Figure(decimal? Value, string? Note, int? Line, string? Quote);

    /// <summary>Where the indicator stands in the 专栏 table: the label's line; the target is on the next line.</summary>
    public sealed record ColumnRow(int Line, string Label);

    public sealed record CityFigure(string City, decimal Value, int Line, string Quote);

    public sealed record IndicatorInfo(
        string Code, int Order, string NameZh, string NameEn, string Unit, Direction Direction, Measure Measure, Aggregation Aggregation,
        ObtainedBy ObtainedBy, string? Query, string Section, bool IsPublic, decimal Min, decimal Max, bool TargetAppliesToEachCity,
        ColumnRow? Column, Figure Baseline, Figure Target, IReadOnlyList<CityFigure>? CityTargets);
}
