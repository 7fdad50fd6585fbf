using GreenBuild.Platform.Places;

namespace GreenBuild.Projects.Rules;

/// <summary>One rule a project does not meet: what failed, what was required, and where the rule comes from.</summary>
public sealed record Finding(string RuleCode, string Title, RuleSeverity Severity, RuleSource Source, string Field, string Actual, string Operator, string Required);

/// <summary>The outcome of a check: the rule-set version used, the rules that applied and the findings.</summary>
public sealed record RuleCheck(string RuleSetVersion, DateOnly DesignReviewDate, IReadOnlyList<string> AppliedRules, IReadOnlyList<Finding> Findings)
{
    public bool HasMandatoryFindings => Findings.Any(f => f.Severity == RuleSeverity.Mandatory);
}

/// <summary>
/// Checks a project against a rule set: the rules valid on its 施工图审查 date whose applicability matches
/// it are evaluated; each unmet requirement is a finding citing its source. Pure and deterministic, so
/// re-checking an old project with the version it was checked with gives the same answer.
/// </summary>
public static class CheckProjectAgainstRules
{
    public static RuleCheck Check(ProjectFacts project, RuleSet ruleSet)
    {
        var applied = new List<string>();
        var findings = new List<Finding>();
        foreach (var rule in ruleSet.Rules.Where(r => InForce(r, project.DesignReviewDate) && Applies(r.Applies, project)))
        {
            applied.Add(rule.Code);
            var requirement = rule.Requires;
            var actual = RuleFields.Read(requirement.Field, project);
            var required = RuleFields.Parse(requirement.Field, requirement.Value)!.Value;
            if (actual is null || !Compare(actual.Value, requirement.Operator, required))
            {
                findings.Add(new Finding(rule.Code, rule.Title, rule.Severity, rule.Source, requirement.Field,
                    RuleFields.Display(requirement.Field, project), requirement.Operator, requirement.Value));
            }
        }

        return new RuleCheck(ruleSet.Version, project.DesignReviewDate, applied, findings);
    }

    private static bool InForce(Rule rule, DateOnly date) => rule.ValidFrom <= date && (rule.ValidTo is null || date < rule.ValidTo);

    private static bool Applies(RuleApplicability a, ProjectFacts p) =>
        (a.Urban is null || a.Urban == p.IsUrban)
        && (a.NewBuilding is null || a.NewBuilding == p.IsNewBuilding)
        && (a.BuildingTypes.Count == 0 || a.BuildingTypes.Contains(p.BuildingType))
        && (a.Fundings.Count == 0 || a.Fundings.Contains(p.Funding))
        && (a.Cities.Count == 0 || a.Cities.Contains(Place.PrefectureOf(p.CityCode)))
        && (a.MinFloorArea is null || p.FloorArea >= a.MinFloorArea)
        && (a.MinHeight is null || p.Height >= a.MinHeight)
        && (a.SuperHighRise is null || a.SuperHighRise == p.IsSuperHighRise)
        && (a.Prefabricated is null || a.Prefabricated == p.IsPrefabricated)
        && (a.Demonstration is null || a.Demonstration == p.IsDemonstration);

    private static bool Compare(decimal actual, string op, decimal required) => op switch
    {
        ">=" => actual >= required,
        "<=" => actual <= required,
        ">" => actual > required,
        "<" => actual < required,
        "==" => actual == required,
        "!=" => actual != required,
        _ => throw new InvalidOperationException($"operator {op} was not refused when the rule set was loaded"),
    };
}
