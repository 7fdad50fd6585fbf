using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards;
using GreenBuild.Standards.AssemblyRate;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects;

/// <summary>What saving a project would do.</summary>
public enum RowAction
{
    Create,
    Update,
    Unchanged,
}

/// <summary>
/// One project of a batch as it would be saved: the resulting record, its check against the rules, and the
/// errors that refuse it. <see cref="Existing"/> is the stored record (not tracked).
/// </summary>
public sealed record PlannedProject(int Index, ProjectInput Input, RowAction Action, Project? Existing, Project Result,
    RuleCheck Check, bool Advances, bool Overridden, IReadOnlyList<PlatformError> Errors)
{
    public bool Refused => Errors.Count > 0;
}

/// <summary>The plan of a batch, and the organizations the batch would register.</summary>
public sealed record ProjectChangePlan(IReadOnlyList<PlannedProject> Rows, IReadOnlyCollection<Organization> NewOrganizations, RuleSet RuleSet)
{
    public bool HasErrors => Rows.Any(r => r.Refused);
}

/// <summary>
/// Decides, for a batch of project inputs, what saving them would do — validate, resolve organizations, compare with
/// the stored record (an unchanged re-import changes nothing), check the rules, refuse a stage transition with 强制
/// findings unless the province overrides it — without writing anything. The form, the API and the importer all
/// go through it, so a project is judged the same way wherever it comes from.
/// </summary>
public sealed class PlanProjectChanges(GreenBuildDb db, TimeProvider clock, RuleSetCatalog ruleSets)
{
    private static readonly AssemblyRateCalculator AssemblyRate = new();

    public async Task<ProjectChangePlan> RunAsync(DataScope scope, IReadOnlyList<ProjectInput> inputs, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var batch = await BeginAsync(scope, cancellationToken);
        return await batch.PlanAsync(inputs, progress, cancellationToken);
    }

    /// <summary>A batch planned part by part (an import plans its rows as it reads them).</summary>
    public async Task<Batch> BeginAsync(DataScope scope, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var places = (await db.Places.AsNoTracking().Where(p => p.Level != PlaceLevel.Province).Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet();
        var own = scope.OrganizationId is { } id ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) : null;
        return new Batch(db, scope, now, new ValidationContext(scope, places, DateOnly.FromDateTime(now)), own, await ruleSets.CurrentAsync(cancellationToken));
    }

    /// <summary>
    /// The state a batch keeps from part to part, so that planning it in parts decides exactly what planning it at
    /// once would: the codes already seen (a repeat is a duplicate, whichever part it is in), the organizations
    /// found or to be registered, and which of those a part already handed to the writer.
    /// </summary>
    public sealed class Batch
    {
        private readonly GreenBuildDb db;
        private readonly DataScope scope;
        private readonly DateTime now;
        private readonly ValidationContext context;
        private readonly Organization? ownOrganization;
        private readonly Dictionary<string, int> firstIndexOfCode = new(StringComparer.Ordinal);
        private readonly OrganizationDirectory organizations = new();
        private readonly HashSet<Guid> handedOut = [];
        private int planned;

        internal Batch(GreenBuildDb db, DataScope scope, DateTime now, ValidationContext context, Organization? ownOrganization, RuleSet ruleSet)
        {
            (this.db, this.scope, this.now, this.context, this.ownOrganization, RuleSet) = (db, scope, now, context, ownOrganization, ruleSet);
        }

        public RuleSet RuleSet { get; }

        /// <summary>
        /// Plans the next part of the batch. Its rows' indexes are within the part; a duplicate code names the first
        /// use by its place in the whole batch. The new organizations of the plan are the ones its rows are the first
        /// to use: writing the parts in order registers each organization once.
        /// </summary>
        public async Task<ProjectChangePlan> PlanAsync(IReadOnlyList<ProjectInput> inputs, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
        {
            var today = context.Today;
            // A code seen in an earlier part is a duplicate; it is not looked up, so a part written before this one
            // (inside the import's transaction) does not change how this one is judged.
            var existing = await ExistingAsync(db, inputs.Select(i => i.Code.Trim()).Where(c => c.Length > 0 && !firstIndexOfCode.ContainsKey(c)), cancellationToken);
            await organizations.AddAsync(db, inputs, cancellationToken);
            var rows = new List<PlannedProject>(inputs.Count);
            for (var i = 0; i < inputs.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var input = inputs[i];
                var code = input.Code.Trim();
                var stored = existing.GetValueOrDefault(code);
                var errors = ProjectValidation.Validate(input, context);
                if (code.Length > 0 && !firstIndexOfCode.TryAdd(code, planned + i))
                {
                    errors.Add(new("project.code.duplicate", "code", "projects.error.codeDuplicate", code, firstIndexOfCode[code] + 1));
                    stored = null;
                }

                if (stored is not null && !(scope.CanSeeCity(stored.CityCode) || scope.OrganizationId == stored.OrganizationId))
                {
                    errors.Add(new("project.code.taken", "code", "projects.error.codeTaken", code));
                }

                var result = new Project { Id = stored?.Id ?? Guid.CreateVersion7(), Code = code, Name = "", CityCode = "", CreatedAtUtc = stored?.CreatedAtUtc ?? now, IsDemo = stored?.IsDemo ?? false };
                ApplyInput(result, input);
                ResolveOrganizations(result, input, scope, ownOrganization, organizations, errors, now);
                ScoreAssemblyRate(result, input, errors);

                var check = CheckProjectAgainstRules.Check(result.Facts(today), RuleSet);
                var advances = stored is not null && result.Stage > stored.Stage;
                if (stored is not null && result.Stage < stored.Stage)
                {
                    errors.Add(new("stage.backwards", "stage", "projects.error.stageBackwards"));
                }

                var overridden = advances && check.HasMandatoryFindings && scope.IsProvince && !string.IsNullOrWhiteSpace(input.OverrideReason);
                if (advances && check.HasMandatoryFindings && !overridden)
                {
                    var failed = string.Join("、", check.Findings.Where(f => f.Severity == RuleSeverity.Mandatory).Select(f => f.RuleCode));
                    errors.Add(new("stage.mandatoryFindings", "stage", "projects.error.stage", failed));
                }

                var action = stored is null ? RowAction.Create
                    : ProjectSnapshot.Of(stored) == ProjectSnapshot.Of(result) ? RowAction.Unchanged
                    : RowAction.Update;
                rows.Add(new PlannedProject(i, input, action, stored, result, check, advances, overridden, errors));
                if (i % 1000 == 999)
                {
                    progress?.Report(i + 1);
                }
            }

            planned += inputs.Count;
            progress?.Report(inputs.Count);
            var used = rows.Where(r => !r.Refused && r.Action != RowAction.Unchanged)
                .SelectMany(r => new[] { r.Result.OrganizationId, r.Result.DesignOrganizationId, r.Result.ConstructionOrganizationId }).OfType<Guid>().ToHashSet();
            var registered = organizations.Added.Where(o => used.Contains(o.Id) && handedOut.Add(o.Id)).ToList();
            return new ProjectChangePlan(rows, registered, RuleSet);
        }
    }

    /// <summary>Copies the input's fields onto a project (the organizations are resolved separately).</summary>
    public static void ApplyInput(Project p, ProjectInput i)
    {
        p.Name = i.Name.Trim();
        p.CityCode = i.CityCode;
        p.Location = Clean(i.Location);
        p.Stage = i.Stage;
        p.IsUrban = i.IsUrban;
        p.IsNewBuilding = i.IsNewBuilding;
        p.BuildingType = i.BuildingType;
        p.Subtype = i.Subtype;
        p.Funding = i.Funding;
        p.FloorAreaAbove = i.FloorAreaAbove;
        p.FloorAreaBelow = i.FloorAreaBelow;
        p.Storeys = i.Storeys;
        p.Height = i.Height;
        p.IsSuperHighRise = i.IsSuperHighRise;
        p.InitiationDate = i.InitiationDate;
        p.DesignReviewDate = i.DesignReviewDate;
        p.ConstructionPermitDate = i.ConstructionPermitDate;
        p.CompletionDate = i.CompletionDate;
        p.EnergyStandardPercent = i.EnergyStandardPercent;
        p.GreenLevel = i.GreenLevel;
        p.GreenLevelEvidence = Clean(i.GreenLevelEvidence);
        p.IsPrefabricated = i.IsPrefabricated;
        p.StructureType = i.StructureType;
        p.AssemblyRatePercent = i.AssemblyRatePercent;
        p.AssemblyRateInput = i.AssemblyRateInput?.ToJsonString();
        p.IsDemonstration = i.IsDemonstration;
        p.IsGreenInnovationProject = i.IsGreenInnovationProject;
        p.DemonstrationZone = Clean(i.DemonstrationZone);
        p.LowEnergyClass = i.LowEnergyClass;
        p.SolarThermalArea = i.SolarThermalArea;
        p.PvCapacityKwp = i.PvCapacityKwp;
        p.GroundSourceHeatPumpArea = i.GroundSourceHeatPumpArea;
        p.AirSourceHeatPumpArea = i.AirSourceHeatPumpArea;
        p.GeothermalArea = i.GeothermalArea;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task<Dictionary<string, Project>> ExistingAsync(GreenBuildDb db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Project>(StringComparer.Ordinal);
        // Each chunk of codes goes as one array parameter (json_each on SQLite, = ANY on PostgreSQL), not one parameter per code.
        foreach (var chunk in codes.Distinct().Chunk(10_000))
        {
            foreach (var project in await db.Set<Project>().AsNoTracking().Where(p => EF.Parameter(chunk).Contains(p.Code)).ToListAsync(cancellationToken))
            {
                found[project.Code] = project;
            }
        }

        return found;
    }

    /// <summary>
    /// An applicant's projects are always its own organization's; officials name the owner by id or by name
    /// (a new name is registered); designer and builder are optional names.
    /// </summary>
    private static void ResolveOrganizations(Project result, ProjectInput input, DataScope scope, Organization? own,
        OrganizationDirectory organizations, List<PlatformError> errors, DateTime now)
    {
        var official = scope.IsProvince || scope.CityCode is not null;
        if (!official)
        {
            if (own is null)
            {
                errors.Add(new("organization.unknown", "organizationId", "error.organization.unknown", scope.OrganizationId?.ToString() ?? ""));
            }
            else
            {
                result.OrganizationId = own.Id;
            }
        }
        else if (input.OrganizationId is { } id)
        {
            if (organizations.Find(id) is null)
            {
                errors.Add(new("organization.unknown", "organizationId", "error.organization.unknown", id.ToString()));
            }

            result.OrganizationId = id;
        }
        else if (!string.IsNullOrWhiteSpace(input.OwnerName))
        {
            var (owner, error) = organizations.Resolve(input.OwnerName, input.OwnerCreditCode, OrganizationKind.Developer, "ownerName", now, input.CityCode);
            AddOrSet(errors, error, owner, o => result.OrganizationId = o.Id);
        }
        else
        {
            errors.Add(new("organization.required", "ownerName", "projects.error.ownerRequired"));
        }

        if (!string.IsNullOrWhiteSpace(input.DesignOrganizationName))
        {
            var (designer, error) = organizations.Resolve(input.DesignOrganizationName, null, OrganizationKind.DesignFirm, "designOrganizationName", now, null);
            AddOrSet(errors, error, designer, o => result.DesignOrganizationId = o.Id);
        }

        if (!string.IsNullOrWhiteSpace(input.ConstructionOrganizationName))
        {
            var (builder, error) = organizations.Resolve(input.ConstructionOrganizationName, null, OrganizationKind.Contractor, "constructionOrganizationName", now, null);
            AddOrSet(errors, error, builder, o => result.ConstructionOrganizationId = o.Id);
        }
    }

    private static void AddOrSet(List<PlatformError> errors, PlatformError? error, Organization? organization, Action<Organization> set)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
        else if (organization is not null)
        {
            set(organization);
        }
    }

    /// <summary>With the calculator's input, the assembly rate is the GB/T 51129 result, not a typed number.</summary>
    private static void ScoreAssemblyRate(Project result, ProjectInput input, List<PlatformError> errors)
    {
        if (input.AssemblyRateInput is null)
        {
            return;
        }

        var calculated = (CalculationResult<AssemblyRateOutcome>)AssemblyRate.CalculateJson(input.AssemblyRateInput.ToJsonString());
        if (!calculated.IsValid)
        {
            errors.AddRange(calculated.Errors.Select(e => new PlatformError("assembly.input", "assemblyRateInput", "projects.error.assemblyInput", e.Field, e.Message)));
            return;
        }

        result.AssemblyRatePercent = calculated.Outcome!.AssessedRatePercent;
    }

    internal static string FindingsJson(RuleCheck check) => JsonSerializer.Serialize(check.Findings, SaveProject.FindingsJson);
}
