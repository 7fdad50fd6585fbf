using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Draw;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Api;

/// <summary><c>POST /api/v1/draw/verify</c>: anyone may recompute a draw from its published inputs (no sign-in).</summary>
internal static class DrawApi
{
    /// <summary>A candidate list of 65 535 ids of 200 characters stays under this.</summary>
    private const long MaxInputBytes = 16 * 1024 * 1024;

    public static RouteGroupBuilder MapDrawApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/draw").WithTags("Supervision").AllowAnonymous();
        group.MapPost("/verify", Results<Ok<DrawVerificationDto>, ValidationProblem> (DrawVerifyRequest request, IStringLocalizer<UiText> text) =>
            {
                var outcome = VerifyDraw.Run(request);
                return outcome.Succeeded
                    ? TypedResults.Ok(DrawVerificationDto.From(outcome.Value!))
                    : TypedResults.ValidationProblem(
                        outcome.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => text[e.MessageKey, e.Arguments].Value).ToArray()),
                        title: text["problem.validation"],
                        extensions: new Dictionary<string, object?> { ["codes"] = outcome.Errors.Select(e => e.Code).Distinct().ToArray() });
            })
            .WithMetadata(new RequestSizeLimitAttribute(MaxInputBytes))
            .WithName("VerifyDraw")
            .WithSummary("Recomputes a draw (RFC 3797) from the published candidate list, count, sources and avoidance list; returns the list's SHA-256, the key, every step and the selection");
        return api;
    }
}
