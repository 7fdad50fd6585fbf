using System.Text.Json;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Quotas;

/// <summary>A quota the province sets.</summary>
public sealed record QuotaInput(int Year, string? CityCode, PublicBuildingType BuildingType, decimal QuotaKwhPerM2, decimal? Constraint, decimal? Guide, string Source);

/// <summary>A surcharge schedule the province sets.</summary>
public sealed record ScheduleInput(int Year, string Version, decimal UnitPrice, IReadOnlyList<SurchargeTier> Tiers, string Source);

/// <summary>定额与加价标准 — the province sets quotas per year, building type and city, and each year's surcharge tiers.</summary>
public sealed class ManageQuotas(GreenBuildDb db, ICurrentActor actor, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Outcome<EnergyQuotaRecord>> SetQuotaAsync(QuotaInput input, CancellationToken cancellationToken = default)
    {
        var errors = new List<PlatformError>();
        var city = input.CityCode ?? "";
        if (input.Year is < 2000 or > 2100)
        {
            errors.Add(new("energy.quota.year", "year", "error.energy.year"));
        }

        if (city.Length > 0 && !await db.Places.AnyAsync(p => p.Code == city, cancellationToken))
        {
            errors.Add(new("energy.city.unknown", "cityCode", "error.city.unknown", city));
        }

        if (input.QuotaKwhPerM2 is <= 0 or > 10_000 || !Enum.IsDefined(input.BuildingType))
        {
            errors.Add(new("energy.quota.value", "quotaKwhPerM2", "error.energy.quota"));
        }

        if ((input.Constraint is null) != (input.Guide is null) || input.Guide > input.Constraint || input.Guide <= 0)
        {
            errors.Add(new("energy.quota.values", "constraint", "error.energy.values"));
        }

        if (string.IsNullOrWhiteSpace(input.Source) || input.Source.Length > 300)
        {
            errors.Add(new("energy.quota.source", "source", "error.energy.source"));
        }

        if (errors.Count > 0)
        {
            return Outcome<EnergyQuotaRecord>.Fail([.. errors]);
        }

        var quota = await db.Set<EnergyQuotaRecord>().FirstOrDefaultAsync(q => q.Year == input.Year && q.CityCode == city && q.BuildingType == input.BuildingType, cancellationToken);
        if (quota is null)
        {
            quota = new EnergyQuotaRecord { Year = input.Year, CityCode = city, BuildingType = input.BuildingType, Source = "", SetBy = "" };
            db.Add(quota);
        }

        (quota.QuotaKwhPerM2, quota.Constraint, quota.Guide, quota.Source, quota.SetBy, quota.SetAtUtc) =
            (input.QuotaKwhPerM2, input.Constraint, input.Guide, input.Source.Trim(), actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<EnergyQuotaRecord>.Ok(quota);
    }

    public async Task<Outcome<SurchargeScheduleRecord>> SetScheduleAsync(ScheduleInput input, CancellationToken cancellationToken = default)
    {
        var errors = new List<PlatformError>();
        var schedule = new SurchargeSchedule(input.Year, input.Version ?? "", input.Tiers ?? []);
        errors.AddRange(schedule.Problems().Select(p => new PlatformError("energy.schedule.tiers", "tiers", "error.energy.tiers", p)));
        if (input.UnitPrice is <= 0 or > 100)
        {
            errors.Add(new("energy.schedule.price", "unitPrice", "error.energy.price"));
        }

        if (string.IsNullOrWhiteSpace(input.Version) || input.Version.Length > 40 || string.IsNullOrWhiteSpace(input.Source) || input.Source.Length > 300)
        {
            errors.Add(new("energy.schedule.source", "source", "error.energy.source"));
        }

        if (errors.Count > 0)
        {
            return Outcome<SurchargeScheduleRecord>.Fail([.. errors]);
        }

        var record = await db.Set<SurchargeScheduleRecord>().FindAsync([input.Year], cancellationToken);
        if (record is null)
        {
            record = new SurchargeScheduleRecord { Year = input.Year, Version = "", TiersJson = "", Source = "" };
            db.Add(record);
        }

        (record.Version, record.UnitPrice, record.TiersJson, record.Source, record.SetAtUtc) =
            (input.Version!.Trim(), input.UnitPrice, JsonSerializer.Serialize(input.Tiers, Json), input.Source.Trim(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<SurchargeScheduleRecord>.Ok(record);
    }

    public static SurchargeSchedule ScheduleOf(SurchargeScheduleRecord record) =>
        new(record.Year, record.Version, JsonSerializer.Deserialize<List<SurchargeTier>>(record.TiersJson, Json) ?? []);
}
