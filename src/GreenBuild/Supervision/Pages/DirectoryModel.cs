using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Directory;
using GreenBuild.Supervision.Import;
using GreenBuild.Supervision.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Pages;

/// <summary>名录 — the enforcement pool, the products and the monitored buildings (from energy monitoring) of the user's scope, with the Excel templates and upload.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class DirectoryModel(GreenBuildDb db, ImportDirectory import, ReadMonitoredBuildings buildings, IStringLocalizer<UiText> text) : PageModel
{
    public IReadOnlyList<Inspector> Inspectors { get; private set; } = [];

    public IReadOnlyList<InspectionObject> Objects { get; private set; } = [];

    public IReadOnlyList<MonitoredBuildingObject> Buildings { get; private set; } = [];

    public IReadOnlyList<Organization> Enterprises { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = DataScope.Of(User);
        Inspectors = [.. (await scope.WithinCity(db.Set<Inspector>().AsNoTracking(), i => i.CityCode).ToListAsync(ct)).OrderBy(i => i.Number, StringComparer.Ordinal)];
        Objects = [.. (await scope.WithinCity(db.Set<InspectionObject>().AsNoTracking(), o => o.CityCode).Where(o => o.Kind == ObjectKind.Product).ToListAsync(ct)).OrderBy(o => o.Kind).ThenBy(o => o.Code, StringComparer.Ordinal)];
        Buildings = await buildings.RunAsync(scope, ct);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.CityCode != null && o.Kind != OrganizationKind.ProvincialDepartment && o.Kind != OrganizationKind.CityDepartment)
            .ToListAsync(ct);
        Enterprises = [.. organizations.Where(o => scope.CanSeeCity(o.CityCode!)).OrderBy(o => o.Name, StringComparer.Ordinal)];
    }

    public async Task<IActionResult> OnPostImportAsync(DirectorySheet sheet, IFormFile? file, CancellationToken ct)
    {
        var bytes = Array.Empty<byte>();
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        var outcome = await import.RunAsync(DataScope.Of(User), sheet, bytes, ct);
        await OnGetAsync(ct);
        if (outcome.Succeeded)
        {
            Message = text["supervision.import.done", outcome.Value];
            return Page();
        }

        Errors = [.. outcome.Errors.Select(e => SupervisionProblems.Message(text, e))];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
