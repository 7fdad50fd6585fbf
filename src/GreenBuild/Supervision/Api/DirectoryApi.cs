using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Directory;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Api;

/// <summary>The directories: inspectors (the enforcement pool), products, and monitored buildings (from energy monitoring). Officials, within their city.</summary>
internal static class DirectoryApi
{
    public sealed record InspectorDto(Guid Id, string Number, string Name, Guid? OrganizationId, string? OrganizationName, string CityCode, IReadOnlyList<string> Specialties, bool IsAvailable, bool HasAccount);

    public sealed record ObjectDto(Guid Id, ObjectKind Kind, string Code, string Name, string CityCode, string Type, Guid? OrganizationId, bool IsActive);

    public static RouteGroupBuilder MapDirectoryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/supervision").WithTags("Supervision directories").RequireAuthorization(Policies.Officials);
        group.MapGet("/inspectors", async (ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
                TypedResults.Ok((await DataScope.Of(user).WithinCity(db.Set<Inspector>().AsNoTracking(), i => i.CityCode).ToListAsync(ct))
                    .OrderBy(i => i.Number, StringComparer.Ordinal).Select(ToDto).ToList()))
            .WithName("ListInspectors").WithSummary("The enforcement pool within the caller's scope");
        group.MapPost("/inspectors", async (InspectorInput body, ClaimsPrincipal user, SaveDirectoryEntries save, IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await save.InspectorAsync(DataScope.Of(user), body, ct: ct), ToDto, text))
            .WithName("SaveInspector").WithSummary("Adds or updates (by number) an inspector; the account must have the Inspector role");
        group.MapGet("/objects", async (ObjectKind? kind, ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct) =>
            {
                // Only products are kept here; rows of monitored buildings from before they came from energy monitoring are not listed.
                var query = DataScope.Of(user).WithinCity(db.Set<InspectionObject>().AsNoTracking(), o => o.CityCode).Where(o => o.Kind == ObjectKind.Product);
                query = kind is { } k ? query.Where(o => o.Kind == k) : query;
                return TypedResults.Ok((await query.ToListAsync(ct)).OrderBy(o => o.Kind).ThenBy(o => o.Code, StringComparer.Ordinal).Select(ToDto).ToList());
            })
            .WithName("ListInspectionObjects").WithSummary("Products of the directory within the caller's scope");
        group.MapGet("/buildings", async (ClaimsPrincipal user, ReadMonitoredBuildings read, CancellationToken ct) => TypedResults.Ok(await read.RunAsync(DataScope.Of(user), ct)))
            .WithName("ListMonitoredBuildingObjects")
            .WithSummary("Monitored buildings as inspection objects, read from energy monitoring (its contract) within the caller's scope: code, city, type, responsible organization");
        group.MapPost("/objects", async (ObjectInput body, ClaimsPrincipal user, SaveDirectoryEntries save, IStringLocalizer<UiText> text, CancellationToken ct) =>
                SupervisionProblems.Result(await save.ObjectAsync(DataScope.Of(user), body, ct: ct), ToDto, text))
            .WithName("SaveInspectionObject").WithSummary("Adds or updates (by code) a product; monitored buildings are registered in energy monitoring");
        return api;
    }

    internal static InspectorDto ToDto(Inspector i) => new(i.Id, i.Number, i.Name, i.OrganizationId, i.OrganizationName, i.CityCode, i.SpecialtyList, i.IsAvailable, i.UserId is not null);

    internal static ObjectDto ToDto(InspectionObject o) => new(o.Id, o.Kind, o.Code, o.Name, o.CityCode, o.Type, o.OrganizationId, o.IsActive);
}
