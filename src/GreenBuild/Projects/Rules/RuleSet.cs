using System.Text.Json.Serialization;

namespace GreenBuild.Projects.Rules;

/// <summary>强制 (a stage transition is refused unless the province overrides it) or 建议 (advice).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleSeverity>))]
public enum RuleSeverity
{
    /// <summary>强制</summary>
    Mandatory = 1,

    /// <summary>建议</summary>
    Advisory = 2,
}

/// <summary>Where a rule comes from: the plan's sentence or the standard's clause, quoted.</summary>
public sealed record RuleSource(string Document, string Section, string? Line, string Quote);

/// <summary>Which projects a rule applies to; an empty filter applies to all.</summary>
public sealed record RuleApplicability
{
    public bool? Urban { get; init; }

    public bool? NewBuilding { get; init; }

    public IReadOnlyList<ProjectBuildingType> BuildingTypes { get; init; } = [];

    public IReadOnlyList<Funding> Fundings { get; init; } = [];

    /// <summary>Prefecture codes (a county belongs to its prefecture).</summary>
    public IReadOnlyList<string> Cities { get; init; } = [];

    public decimal? MinFloorArea { get; init; }

    public decimal? MinHeight { get; init; }

    public bool? SuperHighRise { get; init; }

    public bool? Prefabricated { get; init; }

    public bool? Demonstration { get; init; }
}

/// <summary>The condition a project must meet: <c>field operator value</c>, e.g. <c>GreenLevel &gt;= OneStar</c>.</summary>
public sealed record RuleRequirement(string Field, string Operator, string Value);

/// <summary>One rule of the plan or of a mandatory standard, valid for 施工图审查 dates in [ValidFrom, ValidTo).</summary>
public sealed record Rule(
    string Code,
    string Title,
    RuleSeverity Severity,
    RuleSource Source,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    RuleApplicability Applies,
    RuleRequirement Requires);

/// <summary>A published version of the rule set; a check records the version it used.</summary>
public sealed record RuleSet(string Version, DateOnly PublishedOn, string Note, IReadOnlyList<Rule> Rules);
