using GreenBuild.Energy.Api;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Contracts;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Pages.Monitoring;

/// <summary>登记 / 修改监测建筑 — the building form (saved by <see cref="RegisterMonitoring"/>, as the REST API does) and the building's meters.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class BuildingEditModel(GreenBuildDb db, RegisterMonitoring register, IProjectRegistry projects, IStringLocalizer<Platform.Localization.UiText> text) : PageModel
{
    /// <summary>The form as typed: numbers stay text until parsed, so a bad one is named rather than dropped.</summary>
    public sealed class BuildingForm
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? CityCode { get; set; }

        public PublicBuildingType BuildingType { get; set; }

        public OperationClass OperationClass { get; set; } = OperationClass.A;

        public ClimateZone ClimateZone { get; set; } = ClimateZone.Cold;

        public string? FloorArea { get; set; }

        public string? ProjectCode { get; set; }
    }

    [BindProperty]
    public BuildingForm Form { get; set; } = new();

    /// <summary>The registered building's code; null while registering a new one.</summary>
    public string? Code { get; private set; }

    internal IReadOnlyList<MonitoringApi.MeterDto> Meters { get; private set; } = [];

    public IReadOnlyList<Place> Places { get; private set; } = [];

    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, bool saved, CancellationToken cancellationToken)
    {
        if (code is not null)
        {
            if (await FindAsync(code, cancellationToken) is not { } building)
            {
                return NotFound();
            }

            var project = building.ProjectId is { } id ? await projects.FindAsync(id, cancellationToken) : null;
            Form = new BuildingForm
            {
                Code = building.Code, Name = building.Name, CityCode = building.CityCode, BuildingType = building.BuildingType, OperationClass = building.OperationClass,
                ClimateZone = building.ClimateZone, FloorArea = FormValues.Text(building.FloorArea), ProjectCode = project?.Code,
            };
        }

        Saved = saved;
        await LoadAsync(code, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        var errors = new List<PlatformError>();
        var target = code ?? Form.Code?.Trim() ?? "";
        if (code is not null && await FindAsync(code, cancellationToken) is null)
        {
            return NotFound();
        }

        if (code is null && await db.Set<MonitoredBuilding>().AnyAsync(b => b.Code == target, cancellationToken))
        {
            errors.Add(new PlatformError("energy.building.taken", "buildingCode", "error.energy.building.taken", target));
        }

        var area = FormValues.Number(Form.FloorArea, "floorArea", errors);
        ProjectSummary? project = null;
        if (!string.IsNullOrWhiteSpace(Form.ProjectCode))
        {
            project = await projects.FindByCodeAsync(Form.ProjectCode.Trim(), cancellationToken);
            if (project is null)
            {
                errors.Add(new PlatformError("energy.project.code", "projectCode", "error.energy.project.code", Form.ProjectCode.Trim()));
            }
        }

        if (errors.Count == 0)
        {
            // An empty area takes the registry project's floor area.
            var input = new BuildingInput(target, Form.Name ?? "", Form.CityCode ?? "", Form.BuildingType, Form.OperationClass, Form.ClimateZone,
                area ?? project?.FloorArea ?? 0, project?.Id);
            var outcome = await register.SaveBuildingAsync(scope, input, cancellationToken);
            if (outcome.Succeeded)
            {
                return Redirect($"/energy/monitoring/buildings/{outcome.Value!.Code}?saved=true");
            }

            errors.AddRange(outcome.Errors);
        }

        // The form names the project by its code, the use case by its id.
        Errors = [.. errors.Select(e => e.Field == "projectId" ? e with { Field = "projectCode" } : e).Select(e => (e.Field, Problems.Message(text, e)))];
        await LoadAsync(code, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(string? code, CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        Code = code;
        Places = await FormValues.PlacesAsync(db, scope, cancellationToken);
        Projects = await projects.ListAsync(new ProjectFilter { CityCode = scope.IsProvince ? null : scope.CityCode }, cancellationToken);
        Meters = code is null ? [] : await MonitoringApi.Meters(db, scope, code, cancellationToken);
    }

    private async Task<MonitoredBuilding?> FindAsync(string code, CancellationToken cancellationToken) =>
        await DataScope.Of(User).WithinCity(db.Set<MonitoredBuilding>().AsNoTracking(), b => b.CityCode).FirstOrDefaultAsync(b => b.Code == code, cancellationToken);
}
