using System.Security.Claims;
using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Api;

/// <summary>
/// The rule-set versions (public: they restate the plan and the standards), a check of given project facts, and
/// the province administrator's preview and publication of a new version.
/// </summary>
internal static class RuleSetsApi
{
    public sealed record RuleSetSummary(string Version, DateOnly PublishedOn, string Note, int Rules, bool IsCurrent, bool IsShipped);

    public static RouteGroupBuilder MapRuleSetsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/projects/rule-sets").WithTags("Projects");
        group.MapGet("/", async (RuleSetCatalog catalog, CancellationToken ct) =>
            {
                var versions = await catalog.VersionsAsync(ct);
                return TypedResults.Ok(versions.Select(s => new RuleSetSummary(s.Version, s.PublishedOn, s.Note, s.Rules.Count, s == versions[^1], RuleSetCatalog.IsShipped(s.Version))).ToList());
            })
            .AllowAnonymous().WithName("ListRuleSets").WithSummary("Every version of the project rule set: shipped and published by the province; the last is current");
        group.MapGet("/{version}", async Task<Results<Ok<RuleSet>, NotFound>> (string version, RuleSetCatalog catalog, CancellationToken ct) =>
                await catalog.VersionAsync(version, ct) is { } set ? TypedResults.Ok(set) : TypedResults.NotFound())
            .AllowAnonymous().WithName("GetRuleSet").WithSummary("A rule set: each rule with its source, applicability, requirement and validity");
        group.MapPost("/{version}/check", async Task<Results<Ok<RuleCheck>, NotFound, ValidationProblem>> (string version, JsonElement body, RuleSetCatalog catalog, IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                if (await catalog.VersionAsync(version, ct) is not { } set)
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
            .AllowAnonymous().WithMetadata(new RequestSizeLimitAttribute(64 * 1024))
            .WithName("CheckProjectFacts").WithSummary("Checks one project's facts against a rule-set version; returns the findings with their sources");
        group.MapPost("/preview", (HttpRequest request, ClaimsPrincipal user, PublishRuleSet publish, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Publish(request, user, publish, text, false, ct))
            .RequireAuthorization(Policies.ProvinceAdmin).WithMetadata(new RequestSizeLimitAttribute(PublishRuleSet.MaxJsonLength + 1024))
            .WithName("PreviewRuleSet").WithSummary("Validates a new version (request body: its JSON) and shows which rules change and which projects' findings would change; nothing is stored");
        group.MapPost("/", (HttpRequest request, ClaimsPrincipal user, PublishRuleSet publish, IStringLocalizer<UiText> text, CancellationToken ct) =>
                Publish(request, user, publish, text, true, ct))
            .RequireAuthorization(Policies.ProvinceAdmin).WithMetadata(new RequestSizeLimitAttribute(PublishRuleSet.MaxJsonLength + 1024))
            .WithName("PublishRuleSet").WithSummary("Publishes a new version of the rule set (request body: its JSON); it becomes current; old checks keep their version");
        return api;
    }

    private static async Task<Results<Ok<RuleSetPreview>, ValidationProblem>> Publish(HttpRequest request, ClaimsPrincipal user, PublishRuleSet publish,
        IStringLocalizer<UiText> text, bool store, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var outcome = await publish.RunAsync(json, store, user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "?", ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : Problems.Validation(text, outcome.Errors);
    }

    private static readonly JsonSerializerOptions FactsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };
}
