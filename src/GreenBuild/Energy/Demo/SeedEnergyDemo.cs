using System.Globalization;
using System.Text;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Energy.Quotas;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Standards;
using GreenBuild.Standards.EnergyUse;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy.Demo;

/// <summary>
/// Demo monitoring data: six public buildings in 太原, 大同 and 晋中 (two with 照明插座/空调/动力/特殊 sub-meters),
/// a collector per city with its key, hourly readings of 2025 and of January–February 2026 from the weather-driven
/// generator (ingested through the real ingest path), demo quotas and surcharge tiers. Deterministic; skipped when
/// the buildings exist. A modest amount (about 190,000 readings) so that first start stays fast.
/// </summary>
public sealed class SeedEnergyDemo(GreenBuildDb db, RegisterMonitoring register, IngestReadings ingest, ManageQuotas quotas) : IDemoSeeder
{
    public int Order => 300;

    private const string DemoSource = "演示数据（非正式文件）";

    private static readonly (string Code, string Name, string City, PublicBuildingType Type, decimal Area, double Base, double Occupied, bool SubMeters)[] Buildings =
    [
        ("1401000001", "省直机关办公楼（演示）", "140100", PublicBuildingType.GovernmentOffice, 24_000, 4, 14, true),
        ("1401000002", "太原市政务服务中心（演示）", "140100", PublicBuildingType.GovernmentOffice, 18_000, 5, 19, false),
        ("1401000003", "汾河商务大厦（演示）", "140100", PublicBuildingType.CommercialOffice, 42_000, 6, 22, true),
        ("1402000001", "大同市行政中心（演示）", "140200", PublicBuildingType.GovernmentOffice, 30_000, 3, 11, false),
        ("1402000002", "云冈宾馆（演示）", "140200", PublicBuildingType.Hotel, 16_000, 9, 12, false),
        ("1407000001", "晋中商业广场（演示）", "140700", PublicBuildingType.ShoppingMall, 35_000, 8, 26, false),
    ];

    private static readonly (string Suffix, string Item, string Name, decimal Share)[] SubMeters =
        [("-E1", "01A00", "照明插座", 0.38m), ("-E2", "01B00", "空调", 0.32m), ("-E3", "01C00", "动力", 0.2m), ("-E4", "01D00", "特殊（信息中心）", 0.1m)];

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<MonitoredBuilding>().AnyAsync(b => b.Code == Buildings[0].Code, cancellationToken))
        {
            return "energy: demo buildings exist";
        }

        var province = new DataScope(true, null, null);
        var owners = await db.Users.Where(u => u.Email == $"taiyuan@{SeedPlatformDemo.DemoDomain}" || u.Email == $"datong@{SeedPlatformDemo.DemoDomain}" || u.Email == $"admin@{SeedPlatformDemo.DemoDomain}")
            .ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        if (owners.Count < 3)
        {
            return "energy: no demo accounts, skipped";
        }

        await register.AddCollectorAsync(province, "太原采集网关（演示）", "140100", owners[$"taiyuan@{SeedPlatformDemo.DemoDomain}"], cancellationToken);
        await register.AddCollectorAsync(province, "大同采集网关（演示）", "140200", owners[$"datong@{SeedPlatformDemo.DemoDomain}"], cancellationToken);
        await register.AddCollectorAsync(province, "晋中采集网关（演示）", "140700", owners[$"admin@{SeedPlatformDemo.DemoDomain}"], cancellationToken);
        foreach (var b in Buildings)
        {
            await register.SaveBuildingAsync(province, new BuildingInput(b.Code, b.Name, b.City, b.Type, b.Type == PublicBuildingType.CommercialOffice ? OperationClass.B : OperationClass.A,
                b.City == "140200" ? ClimateZone.SevereCold : ClimateZone.Cold, b.Area, null, IsDemo: true), cancellationToken);
            var collector = b.City switch { "140100" => "太原采集网关（演示）", "140200" => "大同采集网关（演示）", _ => "晋中采集网关（演示）" };
            await register.SaveMeterAsync(province, new MeterInput(b.Code + "-E", b.Code, "总电表", "01000", "kWh", 1, ReadingKind.Cumulative, 60, 8, null, collector), cancellationToken);
            await register.SaveMeterAsync(province, new MeterInput(b.Code + "-H", b.Code, "热量表", "04000", "GJ", 1, ReadingKind.Cumulative, 60, null, null, collector), cancellationToken);
            if (b.SubMeters)
            {
                foreach (var s in SubMeters)
                {
                    await register.SaveMeterAsync(province, new MeterInput(b.Code + s.Suffix, b.Code, s.Name, s.Item, "kWh", 1, ReadingKind.Cumulative, 60, null, b.Code + "-E", collector), cancellationToken);
                }
            }
        }

        var from = new DateTime(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(2026, 2, 28, 16, 0, 0, DateTimeKind.Utc);
        var generator = new ReadingsGenerator(2025, TimeSpan.FromHours(1), faultRate: 0.0008);
        var simulated = Buildings.Select(b => new SimulatedBuilding(b.Code, b.Area, b.Base, b.Occupied)).ToList();
        var csv = new StringBuilder("meter,time,value,unit\n");
        var first = new Dictionary<string, decimal>();
        foreach (var r in generator.Generate(simulated, from, to))
        {
            Line(csv, r.MeterCode, r.Reading.TimestampUtc, r.Reading.Value, r.EnergyCode == "01000" ? "kWh" : "GJ");
            if (r.EnergyCode == "01000" && Buildings.First(b => b.Code == r.BuildingCode).SubMeters)
            {
                var start = first.TryGetValue(r.MeterCode, out var f) ? f : first[r.MeterCode] = r.Reading.Value;
                foreach (var s in SubMeters)
                {
                    Line(csv, r.BuildingCode + s.Suffix, r.Reading.TimestampUtc, Math.Round((r.Reading.Value - start) * s.Share, 2, MidpointRounding.AwayFromZero), "kWh");
                }
            }
        }

        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        var report = await ingest.RunAsync(content, ReadingFormat.Csv, "demo", new IngestCaller(province, null), false, int.MaxValue, cancellationToken);
        foreach (var year in new[] { 2025, 2026 })
        {
            await quotas.SetQuotaAsync(new QuotaInput(year, null, PublicBuildingType.GovernmentOffice, 60, null, null, DemoSource), cancellationToken);
            await quotas.SetQuotaAsync(new QuotaInput(year, "140100", PublicBuildingType.GovernmentOffice, 55, null, null, DemoSource), cancellationToken);
            await quotas.SetQuotaAsync(new QuotaInput(year, null, PublicBuildingType.CommercialOffice, 85, null, null, DemoSource), cancellationToken);
            await quotas.SetQuotaAsync(new QuotaInput(year, null, PublicBuildingType.Hotel, 110, 130, 100, DemoSource), cancellationToken);
            await quotas.SetQuotaAsync(new QuotaInput(year, null, PublicBuildingType.ShoppingMall, 150, 180, 140, DemoSource), cancellationToken);
            await quotas.SetScheduleAsync(new ScheduleInput(year, $"{year}.demo", 0.65m,
                [new SurchargeTier(0, 20, 10), new SurchargeTier(20, 50, 30), new SurchargeTier(50, null, 50)], DemoSource), cancellationToken);
        }

        return $"energy: {Buildings.Length} demo buildings, {report.Stored} readings";
    }

    private static void Line(StringBuilder csv, string meter, DateTime utc, decimal value, string unit) =>
        csv.Append(meter).Append(',').Append(utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append(',')
            .Append(value.ToString(CultureInfo.InvariantCulture)).Append(',').Append(unit).Append('\n');
}
