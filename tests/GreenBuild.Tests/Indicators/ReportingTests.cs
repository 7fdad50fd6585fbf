using System.Net;
using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Indicators;

/// <summary>City reporting: draft, submit, return, approve and lock; scope, closed periods and bad values refused with nothing saved.</summary>
public abstract class ReportingTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<Guid> PeriodAsync(HttpClient client, int year)
    {
        var periods = await (await client.GetAsync("/api/v1/indicators/periods", Ct)).ReadJsonAsync();
        return periods.EnumerateArray().Single(p => p.GetProperty("year").GetInt32() == year && p.GetProperty("quarter").ValueKind == JsonValueKind.Null)
            .GetProperty("id").GetGuid();
    }

    private static object Values(params (string Code, object Value)[] values) => values.Select(v => new { indicator = v.Code, value = v.Value }).ToArray();

    private static readonly (string, object)[] Complete =
    [
        // The reported indicators only: the others are computed from the project registry.
        ("EE-NEW", 18), ("EE-RETRO", 120.5), ("RE-SUB", 7.2), ("EE-RES-STD", 83), ("EE-PUB-STD", 72), ("EE-RES-UP", 25), ("EE-PUB-UP", 15),
    ];

    [Fact]
    public async Task A_city_officer_reports_the_province_returns_then_approves_and_the_report_is_locked()
    {
        var city = await app.SignedInAs(Roles.CityOfficer);
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var period = await PeriodAsync(city, 2025);

        var draft = await city.PostJsonAsync("/api/v1/indicators/reports", new { periodId = period, cityCode = "140100", values = Values(("RE-SUB", 6.5)), submit = false });
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var id = (await draft.ReadJsonAsync()).GetProperty("id").GetGuid();

        var incomplete = await city.PostJsonAsync("/api/v1/indicators/reports", new { periodId = period, cityCode = "140100", submit = true });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("“城镇新建建筑能效提升（较2020年）”为必填项", await incomplete.Content.ReadAsStringAsync(Ct));

        var submitted = await city.PostJsonAsync("/api/v1/indicators/reports", new { periodId = period, cityCode = "140100", values = Values(Complete), submit = true });
        Assert.Equal("Submitted", (await submitted.ReadJsonAsync()).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await city.PostJsonAsync($"/api/v1/indicators/reports/{id}/approve", new { })).StatusCode);
        var noReason = await province.PostJsonAsync($"/api/v1/indicators/reports/{id}/return", new { reason = "" });
        Assert.Contains("退回原因", await noReason.Content.ReadAsStringAsync(Ct));
        var returned = await province.PostJsonAsync($"/api/v1/indicators/reports/{id}/return", new { reason = "装配式比例与项目库不符，请核实" });
        Assert.Equal("Returned", (await returned.ReadJsonAsync()).GetProperty("status").GetString());

        await city.PostJsonAsync("/api/v1/indicators/reports", new { periodId = period, cityCode = "140100", values = Values(("RE-SUB", 7.5)), submit = true });
        var approved = await province.PostJsonAsync($"/api/v1/indicators/reports/{id}/approve", new { });
        Assert.Equal("Approved", (await approved.ReadJsonAsync()).GetProperty("status").GetString());

        var locked = await city.PostJsonAsync("/api/v1/indicators/reports", new { periodId = period, cityCode = "140100", values = Values(("RE-SUB", 9)), submit = false });
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("已审核通过并锁定", await locked.Content.ReadAsStringAsync(Ct));

        var report = await (await city.GetAsync($"/api/v1/indicators/reports/{id}", Ct)).ReadJsonAsync();
        Assert.Equal(7.5m, report.GetProperty("values").GetProperty("RE-SUB").GetDecimal());
        await using var scope = app.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().AuditEntries
            .Where(a => a.EntityType == "CityReport" && a.EntityKey == id.ToString()).ToListAsync(Ct);
        Assert.True(audit.Count >= 5);
        Assert.Contains(audit, a => a.ActorName == "省厅业务员（演示）" && a.Changes.Contains("Approved"));
    }

    [Fact]
    public async Task A_city_officer_cannot_report_for_another_city_nor_see_its_report()
    {
        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        var period = await PeriodAsync(datong, 2025);
        var response = await datong.PostJsonAsync("/api/v1/indicators/reports", new { periodId = period, cityCode = "140100", values = Values(("RE-SUB", 6)), submit = false });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能填报其他城市（140100）的数据", await response.Content.ReadAsStringAsync(Ct));
        var reports = await (await datong.GetAsync("/api/v1/indicators/reports", Ct)).ReadJsonAsync();
        Assert.All(reports.EnumerateArray(), r => Assert.Equal("140200", r.GetProperty("cityCode").GetString()));
    }

    [Fact]
    public async Task A_closed_period_refuses_reports()
    {
        var province = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await province.PostJsonAsync("/api/v1/indicators/reports",
            new { periodId = await PeriodAsync(province, 2023), cityCode = "140300", values = Values(("RE-SUB", 6)), submit = false });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("填报期 2023 已关闭", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Wrong_type_range_and_unit_are_refused_naming_the_indicator_and_nothing_is_saved()
    {
        var province = await app.SignedInAs(Roles.ProvinceAdmin);
        var period = await PeriodAsync(province, 2025);
        var response = await province.PostJsonAsync("/api/v1/indicators/reports", new
        {
            periodId = period, cityCode = "140400", submit = false,
            values = new object[]
            {
                new { indicator = "RE-SUB", value = (object)"三十" }, new { indicator = "EE-RES-STD", value = (object)130 },
                new { indicator = "EE-RETRO", value = (object)100, unit = "%" }, new { indicator = "EE-NEW", value = (object)5 },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var errors = body.GetProperty("errors");
        Assert.Contains("“城镇建筑可再生能源替代率”应为数字，填写的是“三十”", errors.GetProperty("RE-SUB")[0].GetString());
        Assert.Contains("超出范围，应在 0 至 100 %", errors.GetProperty("EE-RES-STD")[0].GetString());
        Assert.Contains("的单位应为“万m²”", errors.GetProperty("EE-RETRO")[0].GetString());
        var reports = await (await province.GetAsync($"/api/v1/indicators/reports?period={period}", Ct)).ReadJsonAsync();
        Assert.DoesNotContain(reports.EnumerateArray(), r => r.GetProperty("cityCode").GetString() == "140400");
    }

    [Fact]
    public async Task An_api_key_with_the_report_scope_uploads_values_and_a_read_key_cannot()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        async Task<HttpClient> KeyClient(string scope)
        {
            var created = await (await admin.PostJsonAsync("/api/v1/admin/api-keys",
                new { name = "采集器 " + scope, ownerEmail = DemoAccounts.OtherCityOfficer, scopes = new[] { scope } })).ReadJsonAsync();
            var client = app.Anonymous();
            client.DefaultRequestHeaders.Add("X-Api-Key", created.GetProperty("token").GetString());
            return client;
        }

        var period = await PeriodAsync(admin, 2025);
        var body = new { periodId = period, cityCode = "140200", values = Values(("RE-SUB", 9.1), ("EE-RES-STD", 83)), submit = false };
        Assert.Equal(HttpStatusCode.Forbidden, (await (await KeyClient("read")).PostJsonAsync("/api/v1/indicators/reports", body)).StatusCode);
        var uploaded = await (await KeyClient("indicators:report")).PostJsonAsync("/api/v1/indicators/reports", body);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.StartsWith("大同市住建局", (await uploaded.ReadJsonAsync()).GetProperty("enteredBy").GetString());
    }

    [Fact]
    public async Task The_province_opens_a_quarterly_period_and_closes_it()
    {
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var opened = await (await province.PostJsonAsync("/api/v1/indicators/periods", new { year = 2025, quarter = 3 })).ReadJsonAsync();
        Assert.Equal("2025Q3", opened.GetProperty("label").GetString());
        var closed = await (await province.PostAsync($"/api/v1/indicators/periods/{opened.GetProperty("id").GetGuid()}/close", null, Ct)).ReadJsonAsync();
        Assert.False(closed.GetProperty("isOpen").GetBoolean());
        var badYear = await province.PostJsonAsync("/api/v1/indicators/periods", new { year = 2030 });
        Assert.Contains("年度应在 2021 至 2025 之间", await badYear.Content.ReadAsStringAsync(Ct));
    }
}

public sealed class ReportingTestsOnSqlite(SqliteApp app) : ReportingTests(app), IClassFixture<SqliteApp>;

public sealed class ReportingTestsOnPostgres(PostgresApp app) : ReportingTests(app), IClassFixture<PostgresApp>;
