using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Projects.Contracts;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Energy;

/// <summary>The monitoring pages' forms with real accounts: registering buildings, meters and collectors, uploading readings, recording a replacement — happy, bad and out-of-scope input.</summary>
public abstract class MonitoringPagesTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A building code of the city that is not registered yet.</summary>
    private string NewCode(string city = "140105")
    {
        while (true)
        {
            var code = city + Random.Shared.Next(1000, 10000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!EnergyFixture.WithDb(app, db => db.Set<MonitoredBuilding>().AnyAsync(b => b.Code == code)).GetAwaiter().GetResult())
            {
                return code;
            }
        }
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        var token = await GreenBuildApp.AntiforgeryToken(client, page);
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(action, new FormUrlEncodedContent(values), Ct);
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private static (string, string)[] Building(string code, string city = "140105", string area = "12000", string project = "", string name = "测试楼") =>
        [("Form.Code", code), ("Form.Name", name), ("Form.CityCode", city), ("Form.BuildingType", "Hotel"), ("Form.OperationClass", "B"), ("Form.ClimateZone", "Cold"),
         ("Form.FloorArea", area), ("Form.ProjectCode", project)];

    private static (string, string)[] Meter(string code, string item = "01000", string unit = "kWh", string multiplier = "1", string kind = "Cumulative", string parent = "", string digits = "") =>
        [("Form.Code", code), ("Form.Name", code), ("Form.ItemCode", item), ("Form.Unit", unit), ("Form.Multiplier", multiplier), ("Form.Kind", kind), ("Form.IntervalMinutes", "60"),
         ("Form.RegisterDigits", digits), ("Form.ParentMeterCode", parent), ("Form.CollectorName", "")];

    private async Task<ProjectSummary> ProjectAsync(string city)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var projects = await scope.ServiceProvider.GetRequiredService<IProjectRegistry>().ListAsync(new ProjectFilter { CityCode = city }, Ct);
        return projects.First(p => p.FloorArea > 0);
    }

    private async Task<string> RegisteredAsync(HttpClient client, string city = "140105")
    {
        var code = NewCode(city);
        var saved = await PostFormAsync(client, "/energy/monitoring/buildings", "/energy/monitoring/buildings", Building(code, city));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return code;
    }

    [Fact]
    public async Task An_officer_registers_a_building_linked_to_a_registry_project_and_its_main_and_sub_meters()
    {
        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var project = await ProjectAsync("140100");
        var code = NewCode();
        var saved = await PostFormAsync(officer, "/energy/monitoring/buildings", "/energy/monitoring/buildings", Building(code, area: "", project: project.Code));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/energy/monitoring/buildings/{code}?saved=true", saved.Headers.Location?.ToString());
        var building = await EnergyFixture.WithDb(app, db => db.Set<MonitoredBuilding>().SingleAsync(b => b.Code == code));
        Assert.Equal((project.Id, project.FloorArea, "140105"), (building.ProjectId!.Value, building.FloorArea, building.CityCode)); // the empty area took the project's

        var main = await PostFormAsync(officer, $"/energy/monitoring/meters?building={code}", $"/energy/monitoring/meters?building={code}", Meter(code + "-E", multiplier: "80", digits: "8"));
        Assert.Equal(HttpStatusCode.Redirect, main.StatusCode);
        var sub = await PostFormAsync(officer, $"/energy/monitoring/meters?building={code}", $"/energy/monitoring/meters?building={code}", Meter(code + "-AC", item: "01B00", parent: code + "-E"));
        Assert.Equal(HttpStatusCode.Redirect, sub.StatusCode);
        var meters = await EnergyFixture.WithDb(app, db => db.Set<Meter>().Where(m => m.BuildingId == building.Id).OrderBy(m => m.Code).ToListAsync());
        Assert.Equal([code + "-AC", code + "-E"], meters.Select(m => m.Code));
        Assert.Equal((80m, 8), (meters[1].Multiplier, meters[1].RegisterDigits!.Value));
        Assert.Equal(meters[1].Id, meters[0].ParentMeterId);

        var page = await HtmlAsync(await officer.GetAsync($"/energy/monitoring/buildings/{code}?saved=true", Ct));
        Assert.Contains("监测建筑已保存", page, StringComparison.Ordinal);
        Assert.Contains(code + "-AC", page, StringComparison.Ordinal);
        Assert.Contains(project.Code, page, StringComparison.Ordinal);
        var list = await HtmlAsync(await officer.GetAsync("/energy/monitoring", Ct));
        Assert.Contains(code, list, StringComparison.Ordinal);

        var edited = await PostFormAsync(officer, $"/energy/monitoring/buildings/{code}", $"/energy/monitoring/buildings/{code}", Building(code, area: "15000.5", name: "改名后的测试楼"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var renamed = await EnergyFixture.WithDb(app, db => db.Set<MonitoredBuilding>().AsNoTracking().SingleAsync(b => b.Code == code));
        Assert.Equal((15000.5m, "改名后的测试楼", (Guid?)null), (renamed.FloorArea, renamed.Name, renamed.ProjectId));
        Assert.Equal(2, await EnergyFixture.WithDb(app, db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(MonitoredBuilding) && a.EntityKey == building.Id.ToString())));
    }

    [Fact]
    public async Task Bad_building_and_meter_input_is_refused_with_chinese_messages_naming_the_field_and_nothing_is_saved()
    {
        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var code = NewCode();
        var page = "/energy/monitoring/buildings";
        async Task<string> Refused(params (string, string)[] fields)
        {
            var response = await PostFormAsync(officer, page, page, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await HtmlAsync(response);
        }

        Assert.Contains("字段“建筑面积”：“一万二”不是有效的数值", await Refused(Building(code, area: "一万二")), StringComparison.Ordinal);
        var html = await Refused(Building("12ab", name: ""));
        Assert.Contains("字段“建筑编码”：建筑编码“12ab”应为 10 位数字（6 位行政区划代码 + 4 位序号）", html, StringComparison.Ordinal);
        Assert.Contains("字段“名称”：名称不能为空且不超过 200 字", html, StringComparison.Ordinal);
        Assert.Contains("字段“项目编号”：项目库中没有编号为“NOPE-1”的项目", await Refused(Building(code, project: "NOPE-1")), StringComparison.Ordinal);
        var datongProject = await ProjectAsync("140200");
        Assert.Contains($"字段“项目编号”：项目“{datongProject.Code}”不在该建筑所在城市（140105）", await Refused(Building(code, project: datongProject.Code)), StringComparison.Ordinal);
        Assert.Contains("字段“建筑面积”：建筑面积应大于 0 且不超过 1000 万 m²", await Refused(Building(code, area: "-5")), StringComparison.Ordinal);
        Assert.Contains("建筑编码“1401000001”已登记", await Refused(Building("1401000001")), StringComparison.Ordinal);
        Assert.False(await EnergyFixture.WithDb(app, db => db.Set<MonitoredBuilding>().AnyAsync(b => b.Code == code || b.Code == "12ab")));
        Assert.Equal("省直机关办公楼（演示）", await EnergyFixture.WithDb(app, db => db.Set<MonitoredBuilding>().Where(b => b.Code == "1401000001").Select(b => b.Name).SingleAsync()));

        var building = await RegisteredAsync(officer);
        page = $"/energy/monitoring/meters?building={building}";
        Assert.Contains("字段“倍率”：“x80”不是有效的数值", await Refused(Meter(building + "-E", multiplier: "x80")), StringComparison.Ordinal);
        Assert.Contains("字段“单位”：单位“GJ”不适用于电", await Refused(Meter(building + "-E", unit: "GJ")), StringComparison.Ordinal);
        Assert.Contains("字段“表计位数”：表计位数应为 4 至 12", await Refused(Meter(building + "-E", digits: "40")), StringComparison.Ordinal);
        Assert.Contains("字段“表计编码”：表计编码“a b”不能为空", await Refused(Meter("a b")), StringComparison.Ordinal);
        Assert.Contains("字段“表计编码”：表计编码“1401000001-E”已登记", await Refused(Meter("1401000001-E")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(officer, page, page, Meter(building + "-H", item: "04000", unit: "GJ"))).StatusCode);
        Assert.Contains("字段“上级表计”", await Refused(Meter(building + "-AC", item: "01B00", parent: building + "-H")), StringComparison.Ordinal); // heat is not electricity's parent
        Assert.Equal(1, await EnergyFixture.WithDb(app, db => db.Set<Meter>().CountAsync(m => m.Code.StartsWith(building))));
    }

    [Fact]
    public async Task A_city_officer_manages_only_its_own_city_on_every_monitoring_page()
    {
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await taiyuan.GetAsync("/energy/monitoring/buildings/1402000001", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await taiyuan.GetAsync("/energy/monitoring/meters/1402000001-E", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await taiyuan.GetAsync("/energy/monitoring/meters?building=1402000001", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await taiyuan.GetAsync("/energy/monitoring/buildings/1401000001", Ct)).StatusCode);
        var list = await HtmlAsync(await taiyuan.GetAsync("/energy/monitoring", Ct));
        Assert.Contains("1401000001", list, StringComparison.Ordinal);
        Assert.DoesNotContain("1402000001", list, StringComparison.Ordinal);

        var token = await GreenBuildApp.AntiforgeryToken(taiyuan, "/energy/monitoring/buildings");
        var foreign = await taiyuan.PostAsync("/energy/monitoring/buildings/1402000001", new FormUrlEncodedContent(Building("1402000001", "140200").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))
            .Append(new("__RequestVerificationToken", token))), Ct);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var elsewhere = await PostFormAsync(taiyuan, "/energy/monitoring/buildings", "/energy/monitoring/buildings", Building(NewCode("140200"), "140200"));
        Assert.Contains("不能登记或修改其他城市（140200）的对象", await HtmlAsync(elsewhere), StringComparison.Ordinal);
        var meterInDatong = await PostFormAsync(taiyuan, "/energy/monitoring/buildings", "/energy/monitoring/meters?building=1402000001", Meter("1402000001-X"));
        Assert.Equal(HttpStatusCode.NotFound, meterInDatong.StatusCode);

        var collectors = await HtmlAsync(await taiyuan.GetAsync("/energy/monitoring/collectors", Ct));
        Assert.Contains("太原采集网关（演示）", collectors, StringComparison.Ordinal);
        Assert.DoesNotContain("大同采集网关（演示）", collectors, StringComparison.Ordinal);
        var datong = await EnergyFixture.WithDb(app, db => db.Set<Collector>().SingleAsync(c => c.Name == "大同采集网关（演示）"));
        var revoke = await PostFormAsync(taiyuan, "/energy/monitoring/collectors", "/energy/monitoring/collectors?handler=Revoke", ("id", datong.Id.ToString()));
        Assert.Contains("找不到采集器", await HtmlAsync(revoke), StringComparison.Ordinal);
        var issue = await PostFormAsync(taiyuan, "/energy/monitoring/collectors", "/energy/monitoring/collectors?handler=Issue", ("id", datong.Id.ToString()));
        Assert.Contains("找不到采集器", await HtmlAsync(issue), StringComparison.Ordinal);
        Assert.Null(await EnergyFixture.WithDb(app, db => db.ApiKeys.Where(k => k.Prefix == datong.ApiKeyPrefix).Select(k => k.RevokedAtUtc).SingleAsync()));
        var add = await PostFormAsync(taiyuan, "/energy/monitoring/collectors", "/energy/monitoring/collectors?handler=Add", ("name", "外市采集器"), ("cityCode", "140200"));
        Assert.Contains("不能登记或修改其他城市（140200）的对象", await HtmlAsync(add), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collector_key_is_shown_once_revoked_at_once_and_reissued()
    {
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        var name = "页面采集器 " + Guid.NewGuid().ToString("N")[..6];
        var added = await HtmlAsync(await PostFormAsync(taiyuan, "/energy/monitoring/collectors", "/energy/monitoring/collectors?handler=Add", ("name", name), ("cityCode", "140100")));
        var token = System.Text.RegularExpressions.Regex.Match(added, "data-testid=\"collector-token\">([^<]+)<").Groups[1].Value;
        Assert.StartsWith("gb_", token, StringComparison.Ordinal);
        Assert.DoesNotContain(token, await HtmlAsync(await taiyuan.GetAsync("/energy/monitoring/collectors", Ct)), StringComparison.Ordinal); // shown once
        var building = await EnergyFixture.BuildingAsync(app, city: "140105", collector: name);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(token, $"{building}-E,2026-03-01T00:00:00+08:00,10")).StatusCode);

        var collector = await EnergyFixture.WithDb(app, db => db.Set<Collector>().SingleAsync(c => c.Name == name));
        var revoked = await HtmlAsync(await PostFormAsync(taiyuan, "/energy/monitoring/collectors", "/energy/monitoring/collectors?handler=Revoke", ("id", collector.Id.ToString())));
        Assert.Contains($"采集器“{name}”的密钥已吊销", revoked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(token, $"{building}-E,2026-03-01T01:00:00+08:00,11")).StatusCode);

        var reissued = await HtmlAsync(await PostFormAsync(taiyuan, "/energy/monitoring/collectors", "/energy/monitoring/collectors?handler=Issue", ("id", collector.Id.ToString())));
        var fresh = System.Text.RegularExpressions.Regex.Match(reissued, "data-testid=\"collector-token\">([^<]+)<").Groups[1].Value;
        Assert.NotEqual(token, fresh);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(fresh, $"{building}-E,2026-03-01T01:00:00+08:00,11")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(token, $"{building}-E,2026-03-01T02:00:00+08:00,12")).StatusCode);
        Assert.True(await EnergyFixture.WithDb(app, db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ApiKey) && a.Action == GreenBuild.Platform.Audit.AuditAction.Update)));
    }

    private async Task<HttpResponseMessage> SendAsync(string token, string line)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", token);
        return await client.PostAsync("/api/v1/energy/readings", new StringContent("meter,time,value\n" + line, Encoding.UTF8, "text/csv"), Ct);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, bool strict = false)
    {
        var token = await GreenBuildApp.AntiforgeryToken(client, "/energy/upload");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        if (strict)
        {
            form.Add(new StringContent("true"), "strict");
        }

        return await client.PostAsync("/energy/upload", form, Ct);
    }

    [Fact]
    public async Task An_uploaded_csv_runs_the_ingest_and_shows_each_refused_line_with_its_column_and_uploading_it_again_changes_nothing()
    {
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        var b = await EnergyFixture.BuildingAsync(app);
        var csv = Encoding.UTF8.GetBytes($"""
            meter,time,value,unit
            {b}-E,2026-01-05T00:00:00+08:00,100,kWh
            {b}-E,2026-01-05T01:00:00+08:00,101.5,kWh
            {b}-E,2026-01-05T02:00:00,103,kWh
            1402000001-E,2026-01-05T02:00:00+08:00,5,kWh
            {b}-E,2026-01-05T03:00:00+08:00,104,GJ
            {b}-E,2026-01-05T04:00:00+08:00,abc,kWh
            """);
        var html = await HtmlAsync(await UploadAsync(taiyuan, "读数.csv", csv));
        Assert.Contains("批次已保存（原子提交）", html, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"col-6 col-md-2\">接收</dt><dd class=\"col-6 col-md-2\">2</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"col-6 col-md-2\">拒收</dt><dd class=\"col-6 col-md-2\">4</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">4</td><td>时间</td><td><code>energy.time.zone</code></td><td>第 4 行：时间“2026-01-05T02:00:00”缺少时区（应以 Z 或 +08:00 结尾）</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">5</td><td>表计编码</td><td><code>energy.meter.forbidden</code></td>", html, StringComparison.Ordinal); // Datong's meter, not the Taiyuan officer's
        Assert.Contains("<td class=\"num\">6</td><td>单位</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">7</td><td>读数</td>", html, StringComparison.Ordinal);
        Assert.Contains("导入报告：读数.csv", html, StringComparison.Ordinal);
        var state = await EnergyFixture.StateAsync(app, b);
        Assert.NotEmpty(state);

        var again = await HtmlAsync(await UploadAsync(taiyuan, "读数.csv", csv));
        Assert.Contains("<dt class=\"col-6 col-md-2\">重复</dt><dd class=\"col-6 col-md-2\">2</dd>", again, StringComparison.Ordinal);
        Assert.Equal(state, await EnergyFixture.StateAsync(app, b));
        var batch = await EnergyFixture.WithDb(app, db => db.Set<IngestBatch>().OrderByDescending(x => x.ReceivedAtUtc).FirstAsync(x => x.Source == "upload:读数.csv"));
        var audit = await EnergyFixture.WithDb(app, db => db.AuditEntries.SingleAsync(a => a.EntityType == nameof(IngestBatch) && a.EntityKey == batch.Id.ToString()));
        var officerId = await EnergyFixture.WithDb(app, db => db.Users.Where(u => u.Email == DemoAccounts.EmailOf(Roles.CityOfficer)).Select(u => u.Id).SingleAsync());
        Assert.Equal((officerId, officerId), (audit.ActorId, batch.SubmittedBy));
        Assert.Contains("upload:读数.csv", await HtmlAsync(await taiyuan.GetAsync("/energy/upload", Ct)), StringComparison.Ordinal); // the officer's own batches are listed
        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        Assert.DoesNotContain("upload:读数.csv", await HtmlAsync(await datong.GetAsync("/energy/upload", Ct)), StringComparison.Ordinal);
        async Task<List<string?>> Sources(HttpClient client) => [.. (await (await client.GetAsync("/api/v1/energy/batches", Ct)).ReadJsonAsync()).EnumerateArray().Select(x => x.GetProperty("source").GetString())];
        Assert.Contains("upload:读数.csv", await Sources(taiyuan));
        Assert.DoesNotContain("upload:读数.csv", await Sources(datong));

        var strict = await HtmlAsync(await UploadAsync(taiyuan, "严格.csv", Encoding.UTF8.GetBytes($"meter,time,value\n{b}-E,2026-01-06T00:00:00+08:00,200\n{b}-E,2026-01-06T01:00:00,201"), strict: true));
        Assert.Contains("批次未保存： 严格模式下本批次有 1 处错误，整批未保存", strict, StringComparison.Ordinal);
        Assert.Equal(state, await EnergyFixture.StateAsync(app, b));
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }

    [Fact]
    public async Task Uploads_of_the_wrong_kind_broken_or_oversized_files_store_nothing_and_say_why()
    {
        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var b = await EnergyFixture.BuildingAsync(app);
        Assert.Contains("字段“文件”：文件“readings.exe”不是 CSV（.csv）或 Excel（.xlsx）文件", await HtmlAsync(await UploadAsync(officer, "readings.exe", [1, 2, 3])), StringComparison.Ordinal);
        Assert.Contains("不是有效的 Excel（.xlsx）工作簿", await HtmlAsync(await UploadAsync(officer, "坏.xlsx", Encoding.UTF8.GetBytes("PK not a zip at all"))), StringComparison.Ordinal);
        Assert.Contains("缺少表头或表头不含", await HtmlAsync(await UploadAsync(officer, "无表头.csv", Encoding.UTF8.GetBytes($"{b}-E;2026-01-05T00:00:00+08:00;1"))), StringComparison.Ordinal);

        var big = new byte[GreenBuild.Energy.Pages.Monitoring.UploadModel.MaxUploadBytes + 1];
        var header = Encoding.UTF8.GetBytes($"meter,time,value\n{b}-E,2026-01-05T00:00:00+08:00,1\n");
        header.CopyTo(big, 0);
        big.AsSpan(header.Length).Fill((byte)'\n');
        Assert.Contains("字段“文件”：文件超过 32 MB，未导入", await HtmlAsync(await UploadAsync(officer, "大.csv", big)), StringComparison.Ordinal);
        var huge = await UploadAsync(officer, "更大.csv", new byte[GreenBuild.Energy.Pages.Monitoring.UploadModel.MaxUploadBytes + (128 * 1024)]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Empty(await EnergyFixture.StateAsync(app, b));
    }

    [Fact]
    public async Task The_collectors_excel_uploads_through_the_page_too()
    {
        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var b = await EnergyFixture.BuildingAsync(app);
        var xlsx = EnergyApiTests.Workbook(["表计编码", "时间", "读数", "单位"], [b + "-E", "2026-04-01T00:00:00+08:00", "100", "kWh"], [b + "-E", "2026-04-01T01:00:00+08:00", "103.25", "kWh"]);
        var html = await HtmlAsync(await UploadAsync(officer, "采集器导出.xlsx", xlsx));
        Assert.Contains("<dt class=\"col-6 col-md-2\">接收</dt><dd class=\"col-6 col-md-2\">2</dd>", html, StringComparison.Ordinal);
        Assert.Equal(2, await EnergyFixture.WithDb(app, db => db.Set<MeterDay>().Where(d => db.Set<Meter>().Any(m => m.Id == d.MeterId && m.Code == b + "-E")).SumAsync(d => d.Readings)));
    }

    [Fact]
    public async Task A_replacement_is_recorded_and_withdrawn_on_the_meter_page_in_beijing_time()
    {
        var officer = await app.SignedInAs(Roles.ProvinceOfficer);
        var b = await EnergyFixture.BuildingAsync(app, meters: ("-E", "01000", "kWh", GreenBuild.Energy.Model.ReadingKind.Cumulative, null, null));
        await EnergyFixture.IngestAsync(app, $"meter,time,value\n{b}-E,2026-01-06T04:00:00+08:00,1280\n{b}-E,2026-01-06T05:00:00+08:00,7.5\n{b}-E,2026-01-06T06:00:00+08:00,17.5");
        var page = $"/energy/monitoring/meters/{b}-E";
        var bad = await HtmlAsync(await PostFormAsync(officer, page, page + "?handler=Replace", ("replacedAt", "明天"), ("oldFinal", "1295"), ("newInitial", "")));
        Assert.Contains("字段“换表时间”：换表时间无效", bad, StringComparison.Ordinal);
        Assert.Contains("字段“新表起始读数”", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"1295\"", bad, StringComparison.Ordinal); // what was typed is shown again

        var done = await HtmlAsync(await PostFormAsync(officer, page, page + "?handler=Replace", ("replacedAt", "2026-01-06T04:40"), ("oldFinal", "1295"), ("newInitial", "0.5")));
        Assert.Contains("已登记换表，重新计算了 1 个表计日", done, StringComparison.Ordinal);
        Assert.Contains("2026-01-06 04:40:00", done, StringComparison.Ordinal);
        var record = await EnergyFixture.WithDb(app, db => db.Set<MeterReplacementRecord>().SingleAsync(r => db.Set<Meter>().Any(m => m.Id == r.MeterId && m.Code == b + "-E")));
        Assert.Equal(new DateTime(2026, 1, 5, 20, 40, 0, DateTimeKind.Utc), record.AtUtc);
        Assert.Equal(32_000, await EnergyFixture.WithDb(app, db => db.Set<MeterDay>().Where(d => d.MeterId == record.MeterId).SumAsync(d => d.EnergyMilli))); // (1295 − 1280) + (7.5 − 0.5) + 10

        var withdrawn = await HtmlAsync(await PostFormAsync(officer, page, page + "?handler=Withdraw", ("id", record.Id.ToString())));
        Assert.Contains("已撤销换表记录，重新计算了 1 个表计日", withdrawn, StringComparison.Ordinal);
        await EnergyFixture.AssertRollupsEqualRecomputationAsync(app);
    }
}

public sealed class MonitoringPagesTestsOnSqlite(SqliteApp app) : MonitoringPagesTests(app), IClassFixture<SqliteApp>;

public sealed class MonitoringPagesTestsOnPostgres(PostgresApp app) : MonitoringPagesTests(app), IClassFixture<PostgresApp>;
