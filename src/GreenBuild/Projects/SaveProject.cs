using System.Text.Json;
using System.Text.Json.Serialization;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects;

/// <summary>The fields of a project as a form or the API sends them.</summary>
public sealed record ProjectInput
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string CityCode { get; init; } = "";
    public Guid? OrganizationId { get; init; }
    public ProjectStage Stage { get; init; } = ProjectStage.Initiation;
    public bool IsUrban { get; init; } = true;
    public bool IsNewBuilding { get; init; } = true;
    public ProjectBuildingType BuildingType { get; init; }
    public Funding Funding { get; init; }
    public decimal FloorAreaAbove { get; init; }
    public decimal FloorAreaBelow { get; init; }
    public int Storeys { get; init; }
    public decimal Height { get; init; }
    public bool IsSuperHighRise { get; init; }
    public DateOnly? DesignReviewDate { get; init; }
    public int? EnergyStandardPercent { get; init; }
    public GreenLevel GreenLevel { get; init; }
    public bool IsPrefabricated { get; init; }
    public decimal? AssemblyRatePercent { get; init; }
    public bool IsDemonstration { get; init; }
    public bool IsGreenInnovationProject { get; init; }
    public StructureType StructureType { get; init; } = StructureType.Concrete;
    public decimal SolarThermalArea { get; init; }
    public decimal PvCapacityKwp { get; init; }

    /// <summary>省厅 only: the reason to let a stage transition pass despite 强制 findings (audited with the check).</summary>
    public string? OverrideReason { get; init; }
}

/// <summary>A saved project and the check made on saving it.</summary>
public sealed record SavedProject(Project Project, ProjectCheckRecord Check);

/// <summary>
/// Creates or updates a project (by its code) within the caller's scope, validates it, and checks it against the
/// current rule set — the check is stored with the version it used. Saving the same input twice changes nothing
/// but adds the second check.
/// </summary>
public sealed class SaveProject(GreenBuildDb db, TimeProvider clock)
{
    /// <summary>A storey is between 2 m and 10 m high on average; outside that, height and storeys disagree.</summary>
    private const decimal MinStoreyHeight = 2m, MaxStoreyHeight = 10m;

    internal static readonly JsonSerializerOptions FindingsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<Outcome<SavedProject>> RunAsync(DataScope scope, ProjectInput input, CancellationToken cancellationToken = default)
    {
        var organizationId = scope.IsProvince || scope.CityCode is not null ? input.OrganizationId : scope.OrganizationId;
        var errors = await ValidateAsync(scope, input, organizationId, cancellationToken);
        var existing = await db.Set<Project>().FirstOrDefaultAsync(p => p.Code == input.Code.Trim(), cancellationToken);
        if (existing is not null && !(scope.CanSeeCity(existing.CityCode) || scope.OrganizationId == existing.OrganizationId))
        {
            errors.Add(new("project.code.taken", "code", "projects.error.codeTaken", input.Code));
        }

        if (errors.Count > 0)
        {
            return Outcome<SavedProject>.Fail([.. errors]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var previousStage = existing?.Stage;
        var project = existing ?? db.Set<Project>().Add(new Project { Code = input.Code.Trim(), Name = "", CityCode = "", CreatedAtUtc = now }).Entity;
        Apply(project, input, organizationId!.Value);
        project.UpdatedAtUtc = now;

        var ruleSet = ShippedRuleSets.Current;
        var check = CheckProjectAgainstRules.Check(project.Facts(DateOnly.FromDateTime(now)), ruleSet);
        var advances = previousStage is { } before && project.Stage > before;
        var overridden = advances && check.HasMandatoryFindings && scope.IsProvince && !string.IsNullOrWhiteSpace(input.OverrideReason);
        if (advances && check.HasMandatoryFindings && !overridden)
        {
            db.ChangeTracker.Clear();
            var failed = string.Join("、", check.Findings.Where(f => f.Severity == RuleSeverity.Mandatory).Select(f => f.RuleCode));
            return Outcome<SavedProject>.Fail(new PlatformError("stage.mandatoryFindings", "stage", "projects.error.stage", failed));
        }
        var record = new ProjectCheckRecord
        {
            ProjectId = project.Id, Stage = project.Stage, RuleSetVersion = check.RuleSetVersion, DesignReviewDate = check.DesignReviewDate,
            CheckedAtUtc = now, MandatoryFindings = check.Findings.Count(f => f.Severity == RuleSeverity.Mandatory),
            AdvisoryFindings = check.Findings.Count(f => f.Severity == RuleSeverity.Advisory),
            Findings = JsonSerializer.Serialize(check.Findings, FindingsJson),
            OverrideReason = overridden ? input.OverrideReason!.Trim() : null,
        };
        db.Set<ProjectCheckRecord>().Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<SavedProject>.Ok(new SavedProject(project, record));
    }

    private async Task<List<PlatformError>> ValidateAsync(DataScope scope, ProjectInput input, Guid? organizationId, CancellationToken cancellationToken)
    {
        var errors = new List<PlatformError>();
        if (string.IsNullOrWhiteSpace(input.Code) || input.Code.Trim().Length > 40)
        {
            errors.Add(new("required", "code", "projects.error.code"));
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            errors.Add(new("required", "name", "projects.error.name"));
        }

        if (!await db.Places.AnyAsync(p => p.Code == input.CityCode && p.Level != PlaceLevel.Province, cancellationToken))
        {
            errors.Add(new("city.unknown", "cityCode", "error.city.unknown", input.CityCode));
        }
        else if (!scope.IsProvince && scope.CityCode is not null && !scope.CanSeeCity(input.CityCode))
        {
            errors.Add(new("city.outOfScope", "cityCode", "projects.error.otherCity", input.CityCode));
        }

        if (organizationId is not { } org || !await db.Organizations.AnyAsync(o => o.Id == org, cancellationToken))
        {
            errors.Add(new("organization.unknown", "organizationId", "error.organization.unknown", organizationId?.ToString() ?? ""));
        }

        if (input.FloorAreaAbove <= 0)
        {
            errors.Add(new("area.notPositive", "floorAreaAbove", "projects.error.area", input.FloorAreaAbove));
        }

        if (input.FloorAreaBelow < 0)
        {
            errors.Add(new("area.negative", "floorAreaBelow", "projects.error.areaBelow", input.FloorAreaBelow));
        }

        if (input.Storeys <= 0 || input.Height <= 0 || input.Height < input.Storeys * MinStoreyHeight || input.Height > input.Storeys * MaxStoreyHeight)
        {
            errors.Add(new("height.storeys", "height", "projects.error.height", input.Height, input.Storeys));
        }

        if (input.AssemblyRatePercent is < 0 or > 100)
        {
            errors.Add(new("ratio.range", "assemblyRatePercent", "projects.error.ratio", input.AssemblyRatePercent));
        }

        if (input.Stage >= ProjectStage.ConstructionPermit && input.DesignReviewDate is null)
        {
            errors.Add(new("review.date", "designReviewDate", "projects.error.reviewDate"));
        }

        return errors;
    }

    private static void Apply(Project p, ProjectInput i, Guid organizationId)
    {
        p.Name = i.Name.Trim();
        p.CityCode = i.CityCode;
        p.OrganizationId = organizationId;
        p.Stage = i.Stage;
        p.IsUrban = i.IsUrban;
        p.IsNewBuilding = i.IsNewBuilding;
        p.BuildingType = i.BuildingType;
        p.Funding = i.Funding;
        p.FloorAreaAbove = i.FloorAreaAbove;
        p.FloorAreaBelow = i.FloorAreaBelow;
        p.Storeys = i.Storeys;
        p.Height = i.Height;
        p.IsSuperHighRise = i.IsSuperHighRise;
        p.DesignReviewDate = i.DesignReviewDate;
        p.EnergyStandardPercent = i.EnergyStandardPercent;
        p.GreenLevel = i.GreenLevel;
        p.IsPrefabricated = i.IsPrefabricated;
        p.AssemblyRatePercent = i.AssemblyRatePercent;
        p.IsDemonstration = i.IsDemonstration;
        p.IsGreenInnovationProject = i.IsGreenInnovationProject;
        p.StructureType = i.StructureType;
        p.SolarThermalArea = i.SolarThermalArea;
        p.PvCapacityKwp = i.PvCapacityKwp;
    }
}
