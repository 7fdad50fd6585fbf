using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GreenBuild.Indicators.Api;

/// <summary>Reads of the plan's indicators: figures, city values (within scope) and their inputs; the public ones for anyone.</summary>
internal static class IndicatorsApi
{
    public sealed record IndicatorMapDto(FigureDto Province, IReadOnlyList<CityValueDto> Cities);

    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/indicators").WithTags("Indicators");
        group.MapGet("/public", async (ReadIndicators read, CancellationToken ct) =>
                await read.RunAsync(publicOnly: true, ct) is { } s
                    ? TypedResults.Ok(s.Indicators.Select(i => new IndicatorMapDto(FigureDto.From(s.Figure(i, null)), CityValues(s, i, null))).ToList())
                    : TypedResults.Ok(new List<IndicatorMapDto>()))
            .AllowAnonymous().WithName("PublicIndicators").WithSummary("Indicators marked public, with the province's figures and the cities' latest values");

        group.MapGet("/", async (ReadIndicators read, CancellationToken ct) =>
                TypedResults.Ok(await read.RunAsync(false, ct) is { } s ? s.Indicators.Select(i => FigureDto.From(s.Figure(i, null))).ToList() : new List<FigureDto>()))
            .RequireAuthorization(Policies.SignedIn).WithName("ListIndicators")
            .WithSummary("Every indicator of the plan: baseline, target, the province's series, status and projection");

        group.MapGet("/{code}", async Task<Results<Ok<IndicatorMapDto>, NotFound>> (string code, ClaimsPrincipal user, ReadIndicators read, CancellationToken ct) =>
            {
                var s = await read.RunAsync(false, ct);
                var indicator = s?.Indicators.FirstOrDefault(i => i.Code == code);
                return indicator is null ? TypedResults.NotFound()
                    : TypedResults.Ok(new IndicatorMapDto(FigureDto.From(s!.Figure(indicator, null)), CityValues(s, indicator, DataScope.Of(user))));
            })
            .RequireAuthorization(Policies.SignedIn).WithName("GetIndicator")
            .WithSummary("One indicator with the latest value and status of each city (non-public indicators: the cities within the caller's scope)");

        group.MapGet("/{code}/inputs", async Task<Results<Ok<List<Observation>>, NotFound>> (string code, string? city, ClaimsPrincipal user, ReadIndicators read, CancellationToken ct) =>
            {
                var s = await read.RunAsync(false, ct);
                var indicator = s?.Indicators.FirstOrDefault(i => i.Code == code);
                if (indicator is null)
                {
                    return TypedResults.NotFound();
                }

                var scope = DataScope.Of(user);
                return TypedResults.Ok(s!.Figure(indicator, city).Inputs.Where(o => indicator.IsPublic || scope.CanSeeCity(o.CityCode)).ToList());
            })
            .RequireAuthorization(Policies.SignedIn).WithName("IndicatorInputs")
            .WithSummary("The approved reports a figure is computed from, with who entered, submitted and approved them (computed indicators: each value with its numerator and denominator)");

        group.MapGet("/{code}/sources", async Task<Results<Ok<Sources.IndicatorSources>, NotFound>> (string code, string? city, int year, ClaimsPrincipal user,
                Sources.ReadIndicatorSources sources, CancellationToken ct) =>
                await sources.RunAsync(DataScope.Of(user), code, city, year, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Officials).WithName("IndicatorSources")
            .WithSummary("A computed indicator's value of a city (or the province) in a year traced to its records: the rule, numerator, denominator and every project");
        return api;
    }

    /// <summary>Public indicators show every city; others only the cities the caller may see.</summary>
    internal static List<CityValueDto> CityValues(IndicatorSnapshot s, Model.Indicator indicator, DataScope? scope) =>
        [.. s.Cities.Where(c => indicator.IsPublic || scope?.CanSeeCity(c.Code) == true).Select(c =>
        {
            var f = s.Figure(indicator, c.Code);
            return new CityValueDto(c.Code, c.Name, f.Result.Latest?.Value, f.Result.Latest?.Year, f.Target, f.Result.Status);
        })];
}
