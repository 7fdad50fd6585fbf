using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Places;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Projects.Pages;

/// <summary>登记 / 修改项目 — the project form; saving validates, checks the rules and keeps the check, as the API does.</summary>
[Authorize(Policy = ProjectsModule.RegistryPolicy)]
public sealed class ProjectEditModel(GreenBuildDb db, SaveProject save, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new() { Stage = ProjectStage.Initiation };

    /// <summary>The GB/T 51129 calculator's input as JSON text (optional); the assembly rate is then computed.</summary>
    [BindProperty]
    public string? AssemblyRateJson { get; set; }

    public Guid? Id { get; private set; }

    public IReadOnlyList<Place> Places { get; private set; } = [];

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public bool IsProvince => DataScope.Of(User).IsProvince;

    public bool IsOfficial => DataScope.Of(User) is { } s && (s.IsProvince || s.CityCode is not null);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            if (await ProjectQuery.Visible(db, DataScope.Of(User)).FirstOrDefaultAsync(p => p.Id == existing, cancellationToken) is not { } project)
            {
                return NotFound();
            }

            Id = existing;
            Input = await InputOfAsync(project, cancellationToken);
            AssemblyRateJson = project.AssemblyRateInput;
        }

        await LoadPlacesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        System.Text.Json.Nodes.JsonObject? assembly = null;
        if (!string.IsNullOrWhiteSpace(AssemblyRateJson))
        {
            try
            {
                assembly = System.Text.Json.Nodes.JsonNode.Parse(AssemblyRateJson) as System.Text.Json.Nodes.JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
            }

            if (assembly is null)
            {
                Errors = [("assemblyRateInput", Problems.Message(text, new PlatformError("assembly.json", "assemblyRateInput", "projects.error.assemblyJson")))];
                await LoadPlacesAsync(cancellationToken);
                return Page();
            }
        }

        var outcome = await save.RunAsync(DataScope.Of(User), Input with { AssemblyRateInput = assembly }, cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/projects/{outcome.Value!.Project.Id}");
        }

        Errors = [.. outcome.Errors.Select(e => (e.Field, Problems.Message(text, e)))];
        await LoadPlacesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadPlacesAsync(CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        var places = await db.Places.AsNoTracking().Where(p => p.Level != PlaceLevel.Province).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        Places = [.. scope.CityCode is null ? places : places.Where(p => scope.CanSeeCity(p.Code))];
    }

    private async Task<ProjectInput> InputOfAsync(Project p, CancellationToken cancellationToken)
    {
        Guid?[] ids = [p.OrganizationId, p.DesignOrganizationId, p.ConstructionOrganizationId];
        var wanted = ids.OfType<Guid>().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Name, o.CreditCode), cancellationToken);
        return new ProjectInput
        {
            Code = p.Code, Name = p.Name, CityCode = p.CityCode, Location = p.Location, OwnerName = names.GetValueOrDefault(p.OrganizationId).Name,
            OwnerCreditCode = names.GetValueOrDefault(p.OrganizationId).CreditCode,
            DesignOrganizationName = p.DesignOrganizationId is { } d ? names.GetValueOrDefault(d).Name : null,
            ConstructionOrganizationName = p.ConstructionOrganizationId is { } c ? names.GetValueOrDefault(c).Name : null,
            Stage = p.Stage, IsUrban = p.IsUrban, IsNewBuilding = p.IsNewBuilding, BuildingType = p.BuildingType, Subtype = p.Subtype, Funding = p.Funding,
            FloorAreaAbove = p.FloorAreaAbove, FloorAreaBelow = p.FloorAreaBelow, Storeys = p.Storeys, Height = p.Height, IsSuperHighRise = p.IsSuperHighRise,
            InitiationDate = p.InitiationDate, DesignReviewDate = p.DesignReviewDate, ConstructionPermitDate = p.ConstructionPermitDate, CompletionDate = p.CompletionDate,
            EnergyStandardPercent = p.EnergyStandardPercent, GreenLevel = p.GreenLevel, GreenLevelEvidence = p.GreenLevelEvidence, IsPrefabricated = p.IsPrefabricated,
            StructureType = p.StructureType, AssemblyRatePercent = p.AssemblyRatePercent,
            AssemblyRateInput = p.AssemblyRateInput is { } json ? System.Text.Json.Nodes.JsonNode.Parse(json) as System.Text.Json.Nodes.JsonObject : null,
            IsDemonstration = p.IsDemonstration, IsGreenInnovationProject = p.IsGreenInnovationProject, DemonstrationZone = p.DemonstrationZone,
            LowEnergyClass = p.LowEnergyClass, SolarThermalArea = p.SolarThermalArea, PvCapacityKwp = p.PvCapacityKwp,
            GroundSourceHeatPumpArea = p.GroundSourceHeatPumpArea, AirSourceHeatPumpArea = p.AirSourceHeatPumpArea, GeothermalArea = p.GeothermalArea,
        };
    }
}
