using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Projects.Contracts;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy;

/// <summary>A building to register or update (by its code).</summary>
public sealed record BuildingInput(string Code, string Name, string CityCode, PublicBuildingType BuildingType, OperationClass OperationClass,
    ClimateZone ClimateZone, decimal FloorArea, Guid? ProjectId, bool IsDemo = false);

/// <summary>A meter to register or update (by its code).</summary>
public sealed record MeterInput(string Code, string BuildingCode, string Name, string ItemCode, string Unit, decimal Multiplier, ReadingKind Kind,
    int IntervalMinutes, int? RegisterDigits, string? ParentMeterCode, string? CollectorName);

/// <summary>A new collector and its key's token, shown once.</summary>
public sealed record CreatedCollector(Collector Collector, string Token);

/// <summary>
/// 监测对象登记 — registers monitored buildings (linked to the registry when the project is known), their meters
/// and the collectors with their API keys. City officers register within their city; everything is checked
/// first and saved at once (audited by the interceptor).
/// </summary>
public sealed class RegisterMonitoring(GreenBuildDb db, IProjectRegistry projects, ManageApiKeys keys, TimeProvider clock)
{
    private static readonly int[] Intervals = [5, 15, 30, 60];

    public async Task<Outcome<MonitoredBuilding>> SaveBuildingAsync(DataScope scope, BuildingInput input, CancellationToken cancellationToken = default)
    {
        var errors = new List<PlatformError>();
        var code = (input.Code ?? "").Trim();
        if (code.Length != 10 || !code.All(char.IsAsciiDigit))
        {
            errors.Add(new("energy.building.code", "buildingCode", "error.energy.building.code", code));
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            errors.Add(new("energy.building.name", "name", "error.energy.name"));
        }

        if (!await db.Places.AnyAsync(p => p.Code == input.CityCode, cancellationToken))
        {
            errors.Add(new("energy.city.unknown", "cityCode", "error.city.unknown", input.CityCode ?? ""));
        }
        else if (!scope.CanSeeCity(input.CityCode))
        {
            errors.Add(new("energy.city.foreign", "cityCode", "error.energy.city.foreign", input.CityCode));
        }

        if (input.FloorArea is <= 0 or > 10_000_000)
        {
            errors.Add(new("energy.building.area", "floorArea", "error.energy.area"));
        }

        if (!Enum.IsDefined(input.BuildingType) || !Enum.IsDefined(input.OperationClass) || !Enum.IsDefined(input.ClimateZone))
        {
            errors.Add(new("energy.building.type", "buildingType", "error.energy.type"));
        }

        if (input.ProjectId is { } projectId)
        {
            var project = await projects.FindAsync(projectId, cancellationToken);
            if (project is null)
            {
                errors.Add(new("energy.project.unknown", "projectId", "error.energy.project", projectId));
            }
            else if (input.CityCode is { } city && Place.PrefectureOf(project.CityCode) != Place.PrefectureOf(city))
            {
                // A building is monitored where it stands: its registry project must be of the same city.
                errors.Add(new("energy.project.city", "projectId", "error.energy.project.city", project.Code, city));
            }
        }

        var building = await db.Set<MonitoredBuilding>().FirstOrDefaultAsync(b => b.Code == code, cancellationToken);
        if (building is not null && !scope.CanSeeCity(building.CityCode))
        {
            errors.Add(new("energy.city.foreign", "buildingCode", "error.energy.city.foreign", building.CityCode));
        }

        if (errors.Count > 0)
        {
            return Outcome<MonitoredBuilding>.Fail([.. errors]);
        }

        if (building is null)
        {
            building = new MonitoredBuilding { Code = code, Name = "", CityCode = "", CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.Add(building);
        }
        else if (building.CityCode != input.CityCode || building.BuildingType != input.BuildingType)
        {
            // Roll-ups by city and type were summed under the old values; moving a building with data needs a recomputation.
            if (await HasDataAsync(building.Id, cancellationToken))
            {
                return Outcome<MonitoredBuilding>.Fail(new PlatformError("energy.building.moved", "cityCode", "error.energy.building.moved"));
            }
        }

        (building.Name, building.CityCode, building.BuildingType, building.OperationClass, building.ClimateZone, building.FloorArea, building.ProjectId, building.IsDemo) =
            (input.Name.Trim(), input.CityCode!, input.BuildingType, input.OperationClass, input.ClimateZone, input.FloorArea, input.ProjectId, input.IsDemo);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<MonitoredBuilding>.Ok(building);
    }

    public async Task<Outcome<Meter>> SaveMeterAsync(DataScope scope, MeterInput input, CancellationToken cancellationToken = default)
    {
        var errors = new List<PlatformError>();
        var code = (input.Code ?? "").Trim();
        if (code.Length is 0 or > 40 || code.Any(c => char.IsWhiteSpace(c) || c == ','))
        {
            errors.Add(new("energy.meter.code", "meterCode", "error.energy.meter.code", code));
        }

        var building = await db.Set<MonitoredBuilding>().FirstOrDefaultAsync(b => b.Code == input.BuildingCode, cancellationToken);
        if (building is null || !scope.CanSeeCity(building.CityCode))
        {
            errors.Add(new("energy.building.unknown", "buildingCode", "error.energy.building.unknown", input.BuildingCode ?? ""));
        }

        EnergyItemCode? item = await db.Set<EnergyItemCode>().FindAsync([input.ItemCode ?? ""], cancellationToken);
        if (item is null)
        {
            errors.Add(new("energy.item.unknown", "meterItemCode", "error.energy.item", input.ItemCode ?? ""));
        }
        else if (!item.AcceptedUnits.Split(' ').Contains(input.Unit))
        {
            errors.Add(new("energy.meter.unit", "unit", "error.energy.meter.unit", input.Unit ?? "", item.NameZh, item.AcceptedUnits));
        }

        if (input.Multiplier is <= 0 or > 100_000)
        {
            errors.Add(new("energy.meter.multiplier", "multiplier", "error.energy.multiplier"));
        }

        if (!Intervals.Contains(input.IntervalMinutes))
        {
            errors.Add(new("energy.meter.interval", "intervalMinutes", "error.energy.interval", string.Join("/", Intervals)));
        }

        if (input.RegisterDigits is < 4 or > 12)
        {
            errors.Add(new("energy.meter.digits", "registerDigits", "error.energy.digits"));
        }

        Meter? parent = null;
        if (!string.IsNullOrWhiteSpace(input.ParentMeterCode))
        {
            parent = await db.Set<Meter>().AsNoTracking().FirstOrDefaultAsync(m => m.Code == input.ParentMeterCode, cancellationToken);
            if (parent is null || parent.BuildingId != building?.Id || parent.Code == code || (item is not null && !parent.ItemCode.StartsWith(item.CategoryCode[..2], StringComparison.Ordinal)))
            {
                errors.Add(new("energy.meter.parent", "parentMeterCode", "error.energy.parent", input.ParentMeterCode));
            }
        }

        Collector? collector = null;
        if (!string.IsNullOrWhiteSpace(input.CollectorName))
        {
            collector = await db.Set<Collector>().AsNoTracking().FirstOrDefaultAsync(c => c.Name == input.CollectorName, cancellationToken);
            if (collector is null || !scope.CanSeeCity(collector.CityCode))
            {
                errors.Add(new("energy.collector.unknown", "collectorName", "error.energy.collector.unknown", input.CollectorName));
            }
        }

        var meter = await db.Set<Meter>().FirstOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (meter is not null && building is not null && meter.BuildingId != building.Id)
        {
            errors.Add(new("energy.meter.code", "meterCode", "error.energy.meter.taken", code));
        }

        if (meter is not null && errors.Count == 0 && (meter.ItemCode != input.ItemCode || meter.Unit != input.Unit || meter.Multiplier != input.Multiplier
            || meter.Kind != input.Kind || meter.ParentMeterId != parent?.Id) && await db.Set<MeterDay>().AnyAsync(d => d.MeterId == meter.Id, cancellationToken))
        {
            errors.Add(new("energy.meter.has_data", "meterCode", "error.energy.meter.hasdata", code));
        }

        if (errors.Count > 0)
        {
            return Outcome<Meter>.Fail([.. errors]);
        }

        if (meter is null)
        {
            meter = new Meter { Code = code, Name = "", ItemCode = "", Unit = "" };
            db.Add(meter);
        }

        (meter.BuildingId, meter.Name, meter.ItemCode, meter.Unit, meter.Multiplier, meter.Kind, meter.IntervalMinutes, meter.RegisterDigits, meter.ParentMeterId, meter.CollectorId) =
            (building!.Id, string.IsNullOrWhiteSpace(input.Name) ? code : input.Name.Trim(), input.ItemCode!, input.Unit!, input.Multiplier, input.Kind, input.IntervalMinutes,
             input.RegisterDigits, parent?.Id, collector?.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Meter>.Ok(meter);
    }

    /// <summary>Registers a collector and issues its key (scope energy:ingest), owned by the registering official.</summary>
    public async Task<Outcome<CreatedCollector>> AddCollectorAsync(DataScope scope, string name, string cityCode, string ownerUserId, CancellationToken cancellationToken = default)
    {
        var errors = new List<PlatformError>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            errors.Add(new("energy.collector.name", "name", "error.energy.name"));
        }
        else if (await db.Set<Collector>().AnyAsync(c => c.Name == name.Trim(), cancellationToken))
        {
            errors.Add(new("energy.collector.taken", "name", "error.energy.collector.taken", name));
        }

        if (!await db.Places.AnyAsync(p => p.Code == cityCode, cancellationToken))
        {
            errors.Add(new("energy.city.unknown", "cityCode", "error.city.unknown", cityCode ?? ""));
        }
        else if (!scope.CanSeeCity(cityCode))
        {
            errors.Add(new("energy.city.foreign", "cityCode", "error.energy.city.foreign", cityCode));
        }

        if (errors.Count > 0)
        {
            return Outcome<CreatedCollector>.Fail([.. errors]);
        }

        // The key and its collector are saved together: no key without its collector.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = await keys.CreateAsync($"采集器 {name.Trim()}", ownerUserId, [IngestScope], null, cancellationToken);
        if (!key.Succeeded)
        {
            return Outcome<CreatedCollector>.Fail([.. key.Errors]);
        }

        var collector = new Collector { Name = name.Trim(), CityCode = cityCode!, ApiKeyPrefix = key.Value!.Key.Prefix, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.Add(collector);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<CreatedCollector>.Ok(new CreatedCollector(collector, key.Value.Token));
    }

    /// <summary>The API-key scope of collectors.</summary>
    public const string IngestScope = "energy:ingest";

    private Task<bool> HasDataAsync(Guid buildingId, CancellationToken cancellationToken) =>
        db.Set<BuildingPeriod>().AnyAsync(p => p.BuildingId == buildingId, cancellationToken);
}
