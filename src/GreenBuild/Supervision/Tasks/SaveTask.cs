using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Projects.Model;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Tasks;

/// <summary>
/// Creates a task as a draft, or changes a draft. Refused with nothing saved: a task of another city, an
/// announced (frozen) task — a new version is made instead —, and every invalid field, each named.
/// </summary>
public sealed class SaveTask(GreenBuildDb db, ICurrentActor actor, TimeProvider clock)
{
    public const int MaxSources = 8;

    /// <summary>The name of the per-draw source the module appends; announced sources may not use it.</summary>
    public const string SequenceSourceName = "抽取序号";

    public async Task<Outcome<InspectionTask>> CreateAsync(DataScope scope, TaskInput input, bool isDemo = false, CancellationToken ct = default)
    {
        var errors = Validate(scope, input);
        if (!string.IsNullOrWhiteSpace(input.Code) && await db.Set<InspectionTask>().AnyAsync(t => t.Code == input.Code.Trim(), ct))
        {
            errors.Add(TaskErrors.Error("task.code.taken", "taskCode", input.Code.Trim()));
        }

        if (errors.Count > 0)
        {
            return Outcome<InspectionTask>.Fail([.. errors]);
        }

        var task = new InspectionTask
        {
            Code = string.IsNullOrWhiteSpace(input.Code) ? await NextCodeAsync(input.CityCode!, ct) : input.Code.Trim(),
            Title = input.Title!.Trim(), CityCode = input.CityCode!, CreatedBy = actor.Name, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, IsDemo = isDemo,
        };
        Apply(task, input);
        db.Add(task);
        await db.SaveChangesAsync(ct);
        return Outcome<InspectionTask>.Ok(task);
    }

    public async Task<Outcome<InspectionTask>> UpdateAsync(DataScope scope, Guid id, TaskInput input, CancellationToken ct = default)
    {
        var task = await db.Set<InspectionTask>().Include(t => t.Sources).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !scope.CanSeeCity(task.CityCode))
        {
            return TaskErrors.Fail<InspectionTask>("task.unknown", "id", id);
        }

        if (task.IsFrozen)
        {
            return TaskErrors.Fail<InspectionTask>("task.frozen", "status", task.Code, task.Version);
        }

        var errors = Validate(scope, input with { CityCode = task.CityCode });
        if (errors.Count > 0)
        {
            return Outcome<InspectionTask>.Fail([.. errors]);
        }

        task.Title = input.Title!.Trim();
        db.RemoveRange(task.Sources);
        task.Sources.Clear();
        Apply(task, input);
        db.AddRange(task.Sources); // new children with client-made keys must be marked as added, not found as modified
        await db.SaveChangesAsync(ct);
        return Outcome<InspectionTask>.Ok(task);
    }

    /// <summary>新版本 — a draft copy of a frozen task, to be announced in its place (the old one stays as published until then).</summary>
    public async Task<Outcome<InspectionTask>> NewVersionAsync(DataScope scope, Guid id, CancellationToken ct = default)
    {
        var task = await db.Set<InspectionTask>().AsNoTracking().Include(t => t.Sources).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !scope.CanSeeCity(task.CityCode))
        {
            return TaskErrors.Fail<InspectionTask>("task.unknown", "id", id);
        }

        if (task.Status != InspectionTaskStatus.Announced)
        {
            return TaskErrors.Fail<InspectionTask>("task.version.status", "status", task.Code, task.Status);
        }

        var latest = await db.Set<InspectionTask>().Where(t => t.Code == task.Code).MaxAsync(t => t.Version, ct);
        if (latest != task.Version)
        {
            return TaskErrors.Fail<InspectionTask>("task.version.exists", "status", task.Code, latest);
        }

        var copy = new InspectionTask
        {
            Code = task.Code, Version = task.Version + 1, PreviousVersionId = task.Id, Title = task.Title, CityCode = task.CityCode,
            ObjectKind = task.ObjectKind, Stages = task.Stages, Types = task.Types, ObjectCities = task.ObjectCities, CreditFilter = task.CreditFilter,
            SampleMode = task.SampleMode, SampleValue = task.SampleValue, Stratification = task.Stratification, InspectorsPerObject = task.InspectorsPerObject,
            Specialties = task.Specialties, AvoidOwnEmployer = task.AvoidOwnEmployer, AvoidOwnCity = task.AvoidOwnCity,
            AvoidPreviousInspector = task.AvoidPreviousInspector, DrawAtUtc = task.DrawAtUtc, CreatedBy = actor.Name,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, IsDemo = task.IsDemo,
        };
        copy.Sources.AddRange(task.Sources.OrderBy(s => s.Position).Select(s => new TaskSource { TaskId = copy.Id, Position = s.Position, Name = s.Name, Description = s.Description }));
        db.Add(copy);
        await db.SaveChangesAsync(ct);
        return Outcome<InspectionTask>.Ok(copy);
    }

    private static void Apply(InspectionTask task, TaskInput input)
    {
        task.ObjectKind = input.ObjectKind;
        task.Stages = input.ObjectKind == ObjectKind.Project ? Csv.Join(input.Stages) : "";
        task.Types = Csv.Join(input.Types);
        task.ObjectCities = Csv.Join(input.ObjectCities?.Select(Place.PrefectureOf));
        task.CreditFilter = input.CreditFilter;
        task.SampleMode = input.SampleMode;
        task.SampleValue = input.SampleValue;
        task.Stratification = input.Stratification;
        task.InspectorsPerObject = input.InspectorsPerObject;
        task.Specialties = Csv.Join(input.Specialties);
        task.AvoidOwnEmployer = input.AvoidOwnEmployer;
        task.AvoidOwnCity = input.AvoidOwnCity;
        task.AvoidPreviousInspector = input.AvoidPreviousInspector;
        task.DrawAtUtc = DateTime.SpecifyKind(input.DrawAtUtc, DateTimeKind.Utc);
        var position = 1;
        foreach (var source in input.Sources ?? [])
        {
            task.Sources.Add(new TaskSource { TaskId = task.Id, Position = position++, Name = source.Name.Trim(), Description = source.Description?.Trim() ?? "" });
        }
    }

    private static List<PlatformError> Validate(DataScope scope, TaskInput input)
    {
        var errors = new List<PlatformError>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200)
        {
            errors.Add(TaskErrors.Error("task.title", "title"));
        }

        if (input.Code is { } code && code.Trim().Length > 0 && (code.Trim().Length > 40 || code.Any(char.IsControl)))
        {
            errors.Add(TaskErrors.Error("task.code.format", "taskCode", code));
        }

        var city = input.CityCode ?? "";
        if (city != InspectionTask.ProvinceCode && !(city.Length == 6 && city.EndsWith("00", StringComparison.Ordinal) && city.StartsWith("14", StringComparison.Ordinal)))
        {
            errors.Add(TaskErrors.Error("task.city", "cityCode", city));
        }
        else if (city == InspectionTask.ProvinceCode ? !scope.IsProvince : !scope.CanSeeCity(city))
        {
            errors.Add(TaskErrors.Error("task.city.foreign", "cityCode", city));
        }

        if (!Enum.IsDefined(input.ObjectKind))
        {
            errors.Add(TaskErrors.Error("task.kind", "objectKind", input.ObjectKind));
        }

        foreach (var stage in input.ObjectKind == ObjectKind.Project ? input.Stages ?? [] : [])
        {
            if (!Enum.TryParse<ProjectStage>(stage, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(stage, out _))
            {
                errors.Add(TaskErrors.Error("task.stage", "stages", stage));
            }
        }

        foreach (var objectCity in input.ObjectCities ?? [])
        {
            if (objectCity.Length != 6 || !objectCity.All(char.IsAsciiDigit) || (city.Length == 6 && city != InspectionTask.ProvinceCode && Place.PrefectureOf(objectCity) != city))
            {
                errors.Add(TaskErrors.Error("task.objectCity", "objectCities", objectCity));
            }
        }

        ValidateSampling(input, errors);
        ValidateSources(input, errors);
        return errors;
    }

    private static void ValidateSampling(TaskInput input, List<PlatformError> errors)
    {
        if (input.SampleMode == SampleMode.Count && (input.SampleValue < 1 || input.SampleValue != decimal.Truncate(input.SampleValue) || input.SampleValue > 10000))
        {
            errors.Add(TaskErrors.Error("task.sample.count", "sampleValue", input.SampleValue));
        }
        else if (input.SampleMode == SampleMode.Ratio && (input.SampleValue <= 0 || input.SampleValue > 100))
        {
            errors.Add(TaskErrors.Error("task.sample.ratio", "sampleValue", input.SampleValue));
        }
        else if (!Enum.IsDefined(input.SampleMode))
        {
            errors.Add(TaskErrors.Error("task.sample.mode", "sampleMode", input.SampleMode));
        }

        if (!Enum.IsDefined(input.Stratification) || !Enum.IsDefined(input.CreditFilter))
        {
            errors.Add(TaskErrors.Error("task.option", "stratification"));
        }

        if (input.InspectorsPerObject is < 1 or > 10)
        {
            errors.Add(TaskErrors.Error("task.inspectors", "inspectorsPerObject", input.InspectorsPerObject));
        }
    }

    private static void ValidateSources(TaskInput input, List<PlatformError> errors)
    {
        var sources = input.Sources ?? [];
        if (sources.Count is 0 or > MaxSources)
        {
            errors.Add(TaskErrors.Error("task.sources.count", "sources", MaxSources));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            var name = sources[i].Name?.Trim() ?? "";
            if (name.Length is 0 or > 100 || name.IndexOfAny(['=', '＝', '\n', '\r', '\t']) >= 0 || name.Any(char.IsControl) || name == SequenceSourceName)
            {
                errors.Add(TaskErrors.Error("task.source.name", $"sources[{i}]", i + 1, name));
            }
            else if (!seen.Add(name))
            {
                errors.Add(TaskErrors.Error("task.source.duplicate", $"sources[{i}]", i + 1, name));
            }
        }

        if (input.DrawAtUtc == default)
        {
            errors.Add(TaskErrors.Error("task.drawAt", "drawAtUtc"));
        }
    }

    private async Task<string> NextCodeAsync(string city, CancellationToken ct)
    {
        var year = clock.GetUtcNow().Year;
        var prefix = $"JC{year}-{city}-";
        var existing = await db.Set<InspectionTask>().Where(t => t.Code.StartsWith(prefix)).Select(t => t.Code).Distinct().CountAsync(ct);
        return prefix + (existing + 1).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
    }
}
