using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Energy;

/// <summary>The energy API with real keys and accounts: collector scope, city scope, Excel, size limit, rankings and a hand-computed bill.</summary>
public abstract class EnergyApiTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpClient WithKey(GreenBuildApp app, string token)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", token);
        return client;
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private async Task<(string Token, string Building)> CollectorWithBuildingAsync()
    {
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        var name = "测试采集器 " + Guid.NewGuid().ToString("N")[..8];
        var created = await taiyuan.PostJsonAsync("/api/v1/energy/collectors", new { name, cityCode = "140100" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var token = (await created.ReadJsonAsync()).GetProperty("token").GetString()!;
        var building = await EnergyFixture.BuildingAsync(app, city: "140105", collector: name);
        return (token, building);
    }

    [Fact]
    public async Task A_collectors_key_writes_its_own_meters_and_is_refused_another_collectors_meter()
    {
        var (token, building) = await CollectorWithBuildingAsync();
        var key = WithKey(app, token);
        var response = await key.PostAsync("/api/v1/energy/readings", Csv($"meter,time,value,unit\n{building}-E,2026-03-01T00:00:00+08:00,10,kWh\n{building}-E,2026-03-01T01:00:00+08:00,12.5,kWh\n1402000001-E,2026-03-01T01:00:00+08:00,5,kWh"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(2, body.GetProperty("stored").GetInt32());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("energy.meter.forbidden", error.GetProperty("code").GetString());
        Assert.Equal("第 4 行：表计“1402000001-E”不属于本采集器（或不在您的管辖范围内），无权写入", error.GetProperty("message").GetString());

        var batch = await EnergyFixture.WithDb(app, db => db.Set<IngestBatch>().OrderByDescending(b => b.ReceivedAtUtc).FirstAsync());
        var audit = await EnergyFixture.WithDb(app, db => db.AuditEntries.SingleAsync(a => a.EntityType == nameof(IngestBatch) && a.EntityKey == batch.Id.ToString()));
        Assert.StartsWith("apikey:", audit.ActorId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_without_the_ingest_scope_or_without_a_collector_is_refused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ManageApiKeys>();
        var officer = await scope.ServiceProvider.GetRequiredService<GreenBuild.Platform.Database.GreenBuildDb>().Users.SingleAsync(u => u.Email == DemoAccounts.EmailOf(Roles.CityOfficer), Ct);
        var readOnly = await keys.CreateAsync("只读", officer.Id, ["read"], null, Ct);
        var unbound = await keys.CreateAsync("未绑定", officer.Id, ["energy:ingest"], null, Ct);
        var csv = "meter,time,value\n1401000001-E,2026-03-01T00:00:00+08:00,10";
        Assert.Equal(HttpStatusCode.Forbidden, (await WithKey(app, readOnly.Value!.Token).PostAsync("/api/v1/energy/readings", Csv(csv), Ct)).StatusCode);
        var refused = await WithKey(app, unbound.Value!.Token).PostAsync("/api/v1/energy/readings", Csv(csv), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("未绑定数据采集器", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_officer_sees_and_registers_only_its_own_city()
    {
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await taiyuan.GetAsync("/api/v1/energy/buildings/1402000001/report", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await taiyuan.GetAsync("/api/v1/energy/buildings/1401000001/report", Ct)).StatusCode);
        var ranking = await (await taiyuan.GetAsync("/api/v1/energy/ranking?year=2025", Ct)).ReadJsonAsync();
        Assert.NotEmpty(ranking.EnumerateArray());
        Assert.All(ranking.EnumerateArray(), r => Assert.StartsWith("1401", r.GetProperty("cityCode").GetString(), StringComparison.Ordinal));
        var foreign = await taiyuan.PostJsonAsync("/api/v1/energy/buildings", new { code = "1402009999", name = "外市", cityCode = "140200", buildingType = "Hotel", operationClass = "A", climateZone = "Cold", floorArea = 1000 });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("不能登记或修改其他城市", await foreign.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var datongReadings = await taiyuan.PostAsync("/api/v1/energy/readings", Csv("meter,time,value\n1402000001-E,2026-03-01T00:00:00+08:00,10"), Ct);
        Assert.Equal("energy.meter.forbidden", (await datongReadings.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_collectors_excel_is_read_back_and_a_json_batch_too()
    {
        var (token, building) = await CollectorWithBuildingAsync();
        var xlsx = Workbook(["表计编码", "时间", "读数", "单位"], [building + "-E", "2026-04-01T00:00:00+08:00", "100", "kWh"], [building + "-E", "2026-04-01T01:00:00+08:00", "103.25", "kWh"],
            [building + "-E", "46113", "104", "kWh"]);
        var content = new ByteArrayContent(xlsx);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var posted = await WithKey(app, token).PostAsync("/api/v1/energy/readings", content, Ct);
        Assert.True(posted.StatusCode == HttpStatusCode.OK, await posted.Content.ReadAsStringAsync(Ct));
        var excel = await posted.ReadJsonAsync();
        Assert.Equal(2, excel.GetProperty("stored").GetInt32());
        Assert.Equal("energy.time.malformed", excel.GetProperty("errors")[0].GetProperty("code").GetString()); // a date serial has no zone
        Assert.Equal(4, excel.GetProperty("errors")[0].GetProperty("line").GetInt32());

        var json = await WithKey(app, token).PostJsonAsync("/api/v1/energy/readings", new[] { new { meter = building + "-E", time = "2026-04-01T02:00:00+08:00", value = 104.5m, unit = "kWh" } });
        Assert.Equal(1, (await json.ReadJsonAsync()).GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task A_gigantic_batch_is_refused_whole_and_nothing_of_it_is_stored()
    {
        var (token, building) = await CollectorWithBuildingAsync();
        var text = new StringBuilder("meter,time,value\n");
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i <= GreenBuild.Energy.Api.IngestApi.MaxApiLines; i++)
        {
            text.Append(building).Append("-E,").Append(start.AddMinutes(15 * i).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)).Append(',').Append(i).Append('\n');
        }

        var response = await WithKey(app, token).PostAsync("/api/v1/energy/readings", Csv(text.ToString()), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("整批未保存", (await response.ReadJsonAsync()).GetProperty("refusal").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await EnergyFixture.WithDb(app, db => db.Set<MeterDay>().CountAsync(d => db.Set<Meter>().Any(m => m.Id == d.MeterId && m.Code == building + "-E"))));
    }

    [Fact]
    public async Task The_surcharge_bill_matches_the_hand_computed_one()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/energy/quotas", new { year = 2021, cityCode = "140900", buildingType = "GovernmentOffice", quotaKwhPerM2 = 60, source = "测试定额" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/energy/schedules", new
        {
            year = 2021, version = "2021.test", unitPrice = 0.65m, source = "测试加价",
            tiers = new object[] { new { overFromPercent = 0, overToPercent = 20, priceIncreasePercent = 10 }, new { overFromPercent = 20, overToPercent = 50, priceIncreasePercent = 30 }, new { overFromPercent = 50, overToPercent = (decimal?)null, priceIncreasePercent = 50 } },
        })).StatusCode);
        var building = await EnergyFixture.BuildingAsync(app, area: 10_000, city: "140902");
        await EnergyFixture.IngestAsync(app, $"meter,time,value\n{building}-E,2021-06-01T00:00:00+08:00,0\n{building}-E,2021-06-01T01:00:00+08:00,800000");

        var bill = await (await admin.GetAsync($"/api/v1/energy/buildings/{building}/bill?year=2021", Ct)).ReadJsonAsync();
        var b = bill.GetProperty("bill");
        // quota 60 × 10,000 = 600,000 kWh; 800,000 − 600,000 = 200,000 over (33.33%):
        // 0–20%: 120,000 × 0.65 × 10% = 7,800; 20–50%: 80,000 × 0.65 × 30% = 15,600; total 23,400.
        Assert.Equal(600_000m, b.GetProperty("quotaEnergy").GetDecimal());
        Assert.Equal(200_000m, b.GetProperty("excessEnergy").GetDecimal());
        Assert.Equal(33.33m, b.GetProperty("excessPercent").GetDecimal());
        Assert.Equal(["120000 × 0.65 × 10% = 7800", "80000 × 0.65 × 30% = 15600"], b.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("working").GetString()));
        Assert.Equal(23_400m, b.GetProperty("total").GetDecimal());
        Assert.Equal("测试定额", bill.GetProperty("quotaSource").GetString());
    }

    [Fact]
    public async Task The_province_ranks_the_demo_buildings_against_gbt_51161_and_exports_the_ranking()
    {
        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var ranking = (await (await officer.GetAsync("/api/v1/energy/ranking?year=2025", Ct)).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.True(ranking.Count >= 6);
        Assert.Equal(Enumerable.Range(1, ranking.Count), ranking.Select(r => r.GetProperty("rank").GetInt32()));
        var office = ranking.Single(r => r.GetProperty("code").GetString() == "1401000001");
        Assert.InRange(office.GetProperty("euiKwh").GetDecimal(), 30m, 150m);
        Assert.Equal(70m, office.GetProperty("constraint").GetDecimal()); // GB/T 51161 A类党政机关办公, 严寒和寒冷 (reference table)
        Assert.Equal(55m, office.GetProperty("quotaKwhPerM2").GetDecimal()); // Taiyuan's own demo quota, not the province-wide 60

        var export = await officer.GetAsync("/api/v1/energy/ranking/export?year=2025", Ct);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct)), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(ranking.Count + 1, rows.Count);
        Assert.Equal("建筑编码", rows[0].Elements<Cell>().ElementAt(2).InnerText);
        var csv = await (await officer.GetAsync("/api/v1/energy/ranking/export?year=2025&format=csv", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Equal(ranking.Count + 1, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var report = await (await officer.GetAsync("/api/v1/energy/buildings/1401000001/report?year=2025", Ct)).ReadJsonAsync();
        Assert.Equal(12, report.GetProperty("monthly").GetProperty("01000").GetArrayLength());
        Assert.True(report.GetProperty("monthly").TryGetProperty("01B00", out _), "the air-conditioning sub-item has its own monthly roll-up");
        Assert.NotEmpty(report.GetProperty("eui").GetProperty("explanation").GetProperty("steps").EnumerateArray());
    }

    internal static byte[] Workbook(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    var value = rows[r][c];
                    row.Append(value.All(char.IsAsciiDigit)
                        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
                }

                data.Append(row);
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "读数" }));
        }

        return stream.ToArray();
    }
}

public sealed class EnergyApiTestsOnSqlite(SqliteApp app) : EnergyApiTests(app), IClassFixture<SqliteApp>;

public sealed class EnergyApiTestsOnPostgres(PostgresApp app) : EnergyApiTests(app), IClassFixture<PostgresApp>;
