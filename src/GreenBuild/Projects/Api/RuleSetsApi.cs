using System.Text.Json;
using GreenBuild.Platform.Localization;
using GreenBuild.Projects.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Api;

/// <summary>The published rule sets (public: they restate the plan and the standards) and a check of given project facts.</summary>
internal static class RuleSetsApi
{
    public sealed record RuleSetSummary(string Version, DateOnly PublishedOn, string Note, int Rules);

    public static RouteGroupBuilder MapRuleSetsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/projects/rule-sets").WithTags("Projects").AllowAnonymous();
        group.MapGet("/", () => TypedResults.Ok(ShippedRuleSets.Versions.Select(s => new RuleSetSummary(s.Version, s.PublishedOn, s.Note, s.Rules.Count)).ToList()))
            .WithName("ListRuleSets").WithSummary("Published versions of the project rule set");
        group.MapGet("/{version}", Results<Ok<RuleSet>, NotFound> (string version) =>
                ShippedRuleSets.Version(version) is { } set ? TypedResults.Ok(set) : TypedResults.NotFound())
            .WithName("GetRuleSet").WithSummary("A rule set: each rule with its source, applicability, requirement and validity");
        group.MapPost("/{version}/check", Results<Ok<RuleCheck>, NotFound, ValidationProblem> (string version, JsonElement body, IStringLocalizer<UiText> text) =>
            {
                if (ShippedRuleSets.Version(version) is not { } set)
                {
                    return TypedResults.NotFound();
                }

                ProjectFacts? facts;
                try
                {
                    facts = body.Deserialize<ProjectFacts>(FactsJson);
                }
                catch (JsonException e)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Path ?? "$"] = [text["projects.facts.invalid", e.Path ?? "$"]] });
                }

                return facts is null
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = [text["projects.facts.invalid", "$"]] })
                    : TypedResults.Ok(CheckProjectAgainstRules.Check(facts, set));
            })
            .WithMetadata(new RequestSizeLimitAttribute(64 * 1024))
            .WithName("CheckProjectFacts").WithSummary("Checks one project's facts against a rule-set version; returns the findings with their sources");
        return api;
    }

    private static readonly JsonSerializerOptions FactsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };
}
