using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Tests.Projects;

/// <summary>Each shipped rule on a passing and a failing project, with its source; versions and applicability.</summary>
public sealed class RuleSetTests
{
    private static readonly RuleSet Rules = ShippedRuleSets.Version("2022.1")!;

    /// <summary>An urban public office reviewed in 2023 that meets every rule of 2022.1.</summary>
    private static ProjectFacts CompliantPublic() => new()
    {
        CityCode = "140105", IsUrban = true, IsNewBuilding = true, BuildingType = ProjectBuildingType.Public, Funding = Funding.Private,
        FloorArea = 25000, Height = 60, DesignReviewDate = new DateOnly(2023, 5, 10), EnergyStandardPercent = 72,
        GreenLevel = GreenLevel.OneStar, StructureType = StructureType.Steel, PvCapacityKwp = 120,
    };

    private static ProjectFacts CompliantResidential() => new()
    {
        CityCode = "140200", IsUrban = true, IsNewBuilding = true, BuildingType = ProjectBuildingType.Residential, Funding = Funding.Private,
        FloorArea = 80000, Height = 80, DesignReviewDate = new DateOnly(2023, 5, 10), EnergyStandardPercent = 75,
        GreenLevel = GreenLevel.Basic, StructureType = StructureType.Concrete, SolarThermalArea = 600,
    };

    [Fact]
    public void Compliant_projects_have_no_findings()
    {
        Assert.Empty(CheckProjectAgainstRules.Check(CompliantPublic(), Rules).Findings);
        Assert.Empty(CheckProjectAgainstRules.Check(CompliantResidential(), Rules).Findings);
    }

    [Fact]
    public void Urban_new_building_below_basic_level_fails_GB_URBAN_BASIC_citing_plan_line_110()
    {
        var finding = Single(CompliantResidential() with { GreenLevel = GreenLevel.NotQualified }, "GB-URBAN-BASIC");
        Assert.Equal(RuleSeverity.Mandatory, finding.Severity);
        Assert.Equal("110", finding.Source.Line);
        Assert.Equal(("NotQualified", ">=", "Basic"), (finding.Actual, finding.Operator, finding.Required));
    }

    [Fact]
    public void Public_building_below_one_star_fails_GB_PUBLIC_ONE_STAR()
    {
        var check = CheckProjectAgainstRules.Check(CompliantPublic() with { GreenLevel = GreenLevel.Basic }, Rules);
        Assert.Contains(check.Findings, f => f.RuleCode == "GB-PUBLIC-ONE-STAR" && f.Actual == "Basic");
        Assert.True(check.HasMandatoryFindings);
    }

    [Fact]
    public void Residential_building_is_not_held_to_the_public_one_star_rule()
    {
        var check = CheckProjectAgainstRules.Check(CompliantResidential(), Rules);
        Assert.DoesNotContain("GB-PUBLIC-ONE-STAR", check.AppliedRules);
    }

    [Fact]
    public void Super_high_rise_needs_three_stars_and_the_innovation_project_requirements()
    {
        var tower = CompliantPublic() with { IsSuperHighRise = true, Height = 260, GreenLevel = GreenLevel.TwoStar };
        var codes = CheckProjectAgainstRules.Check(tower, Rules).Findings.Select(f => f.RuleCode).ToList();
        Assert.Contains("GB-SUPER-HIGH-RISE-THREE-STAR", codes);
        Assert.Contains("GB-SUPER-HIGH-RISE-INNOVATION", codes);
        var compliant = tower with { GreenLevel = GreenLevel.ThreeStar, IsGreenInnovationProject = true };
        Assert.Empty(CheckProjectAgainstRules.Check(compliant, Rules).Findings);
    }

    [Fact]
    public void State_funded_public_building_below_two_stars_gets_advice_not_a_refusal()
    {
        var check = CheckProjectAgainstRules.Check(CompliantPublic() with { Funding = Funding.StateOwned }, Rules);
        var finding = Assert.Single(check.Findings);
        Assert.Equal(("GB-STATE-FUNDED-TWO-STAR", RuleSeverity.Advisory), (finding.RuleCode, finding.Severity));
        Assert.False(check.HasMandatoryFindings);
    }

    [Theory]
    [InlineData(ProjectBuildingType.Residential, 65, "EE-RESIDENTIAL-75")]
    [InlineData(ProjectBuildingType.Public, 65, "EE-PUBLIC-72")]
    public void Energy_standard_below_the_plans_level_fails(ProjectBuildingType type, int percent, string rule)
    {
        var project = (type == ProjectBuildingType.Public ? CompliantPublic() : CompliantResidential()) with { EnergyStandardPercent = percent };
        Assert.Equal("90", Single(project, rule).Source.Line);
    }

    [Fact]
    public void A_missing_energy_standard_is_a_finding_not_a_pass()
    {
        Assert.Equal("—", Single(CompliantResidential() with { EnergyStandardPercent = null }, "EE-RESIDENTIAL-75").Actual);
    }

    [Theory]
    [InlineData(49.9, false, true)]
    [InlineData(50, false, false)]
    [InlineData(59, true, true)]
    [InlineData(60, true, false)]
    public void Prefabricated_projects_need_50_percent_and_demonstration_projects_60(double rate, bool demonstration, bool fails)
    {
        var project = CompliantResidential() with { IsPrefabricated = true, IsDemonstration = demonstration, AssemblyRatePercent = (decimal)rate };
        var findings = CheckProjectAgainstRules.Check(project, Rules).Findings;
        Assert.Equal(fails, findings.Any(f => f.RuleCode.StartsWith("PREFAB-", StringComparison.Ordinal) && f.RuleCode != "PREFAB-PUBLIC-STEEL"));
    }

    [Fact]
    public void Advisory_renewable_and_steel_rules_name_what_is_missing()
    {
        var codes = CheckProjectAgainstRules.Check(CompliantPublic() with { PvCapacityKwp = 0, StructureType = StructureType.Concrete }, Rules)
            .Findings.Select(f => (f.RuleCode, f.Severity)).ToList();
        Assert.Equal([("PREFAB-PUBLIC-STEEL", RuleSeverity.Advisory), ("RE-PV-LARGE-PUBLIC", RuleSeverity.Advisory)], codes);
        Assert.Contains(CheckProjectAgainstRules.Check(CompliantResidential() with { SolarThermalArea = 0 }, Rules).Findings,
            f => f.RuleCode == "RE-SOLAR-THERMAL-RESIDENTIAL");
        Assert.DoesNotContain("RE-PV-LARGE-PUBLIC", CheckProjectAgainstRules.Check(CompliantPublic() with { FloorArea = 19999, PvCapacityKwp = 0 }, Rules).AppliedRules);
    }

    [Fact]
    public void Rural_buildings_and_projects_reviewed_before_the_plan_are_outside_its_green_building_rules()
    {
        var rural = CompliantResidential() with { IsUrban = false, GreenLevel = GreenLevel.NotQualified };
        Assert.DoesNotContain("GB-URBAN-BASIC", CheckProjectAgainstRules.Check(rural, Rules).AppliedRules);
        var early = CompliantPublic() with { DesignReviewDate = new DateOnly(2021, 3, 1), GreenLevel = GreenLevel.NotQualified };
        Assert.DoesNotContain("GB-PUBLIC-ONE-STAR", CheckProjectAgainstRules.Check(early, Rules).AppliedRules);
    }

    [Fact]
    public void A_check_records_its_version_and_a_changed_rule_in_a_later_version_does_not_change_it()
    {
        var project = CompliantResidential() with { EnergyStandardPercent = 75, DesignReviewDate = new DateOnly(2026, 3, 1) };
        var before = CheckProjectAgainstRules.Check(project, Rules);
        Assert.Equal("2022.1", before.RuleSetVersion);
        Assert.Empty(before.Findings);

        // A later version: once the 83% residential standard is in force (date set when it is published), 75% no longer passes.
        var raised = Rules.Rules.Single(r => r.Code == "EE-RESIDENTIAL-75");
        var later = Rules with
        {
            Version = "2026.1", PublishedOn = new DateOnly(2026, 1, 1),
            Rules = [.. Rules.Rules.Select(r => r.Code == raised.Code ? r with { ValidTo = new DateOnly(2026, 1, 1) } : r),
                     raised with { Code = "EE-RESIDENTIAL-83", ValidFrom = new DateOnly(2026, 1, 1), Requires = raised.Requires with { Value = "83" } }],
        };
        var after = CheckProjectAgainstRules.Check(project, later);
        Assert.Equal("2026.1", after.RuleSetVersion);
        Assert.Contains(after.Findings, f => f.RuleCode == "EE-RESIDENTIAL-83");
        Assert.Equal(before, CheckProjectAgainstRules.Check(project, Rules) with { }, new RuleCheckComparer());
        var reviewedBefore = CheckProjectAgainstRules.Check(project with { DesignReviewDate = new DateOnly(2025, 12, 31) }, later);
        Assert.Empty(reviewedBefore.Findings);
    }

    [Fact]
    public void Every_shipped_rule_quotes_its_source_and_loads_without_problems()
    {
        foreach (var set in ShippedRuleSets.Versions)
        {
            Assert.Empty(ShippedRuleSets.Problems(set));
            Assert.All(set.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source.Quote)));
        }
    }

    [Fact]
    public void A_rule_set_with_an_unknown_field_operator_or_value_is_refused_with_every_problem()
    {
        const string json = """
            { "version": "bad", "publishedOn": "2024-01-01", "note": "", "rules": [
              { "code": "X1", "title": "t", "severity": "Mandatory", "source": { "document": "d", "section": "s", "line": null, "quote": "q" },
                "validFrom": "2024-01-01", "validTo": null, "applies": {}, "requires": { "field": "Colour", "operator": ">=", "value": "1" } },
              { "code": "X2", "title": "t", "severity": "Mandatory", "source": { "document": "d", "section": "s", "line": null, "quote": "q" },
                "validFrom": "2024-01-01", "validTo": "2023-01-01", "applies": {}, "requires": { "field": "GreenLevel", "operator": "~", "value": "Gold" } } ] }
            """;
        var error = Assert.Throws<InvalidDataException>(() => ShippedRuleSets.Parse(json));
        Assert.Contains("X1：未知字段 Colour", error.Message);
        Assert.Contains("X2：未知运算符 ~", error.Message);
        Assert.Contains("值 Gold 不适用于字段 GreenLevel", error.Message);
        Assert.Contains("失效日期 validTo 2023-01-01 不晚于生效日期 validFrom 2024-01-01", error.Message);
    }

    private static Finding Single(ProjectFacts project, string rule) =>
        Assert.Single(CheckProjectAgainstRules.Check(project, Rules).Findings, f => f.RuleCode == rule);

    private sealed class RuleCheckComparer : IEqualityComparer<RuleCheck>
    {
        public bool Equals(RuleCheck? x, RuleCheck? y) =>
            x!.RuleSetVersion == y!.RuleSetVersion && x.AppliedRules.SequenceEqual(y.AppliedRules) && x.Findings.SequenceEqual(y.Findings);

        public int GetHashCode(RuleCheck obj) => obj.RuleSetVersion.GetHashCode(StringComparison.Ordinal);
    }
}
