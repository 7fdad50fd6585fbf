using System.Net;
using GreenBuild.Indicators.Import;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Supervision;

/// <summary>
/// The directories from Excel (real .xlsx files written and read back): the template, all rows or none with errors by
/// row and column in Chinese, re-running the same file changes nothing; and registry projects at given stages as
/// inspection objects, read through IProjectRegistry.
/// </summary>
public abstract class DirectoryImportTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] InspectorHeaders = ["编号", "姓名", "单位（名称或统一社会信用代码）", "城市代码", "专业（逗号分隔）", "可用（是/否）", "登录账号（邮箱）"];

    private static byte[] Workbook(params object?[][] rows) => XlsxWriter.Build(new XlsxWriter.Sheet("Inspectors", rows));

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string sheet, byte[] file) =>
        await client.PostAsync($"/api/v1/supervision/directory/import?sheet={sheet}", new ByteArrayContent(file), Ct);

    [Fact]
    public async Task The_template_filled_in_imports_every_row_and_importing_it_again_changes_nothing()
    {
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var template = await province.GetAsync("/api/v1/supervision/directory/template?sheet=Inspectors", Ct);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var header = XlsxReader.Read(await template.Content.ReadAsByteArrayAsync(Ct))!.Rows[1];
        Assert.Equal(InspectorHeaders, Enumerable.Range(0, InspectorHeaders.Length).Select(c => header[c]));

        var file = Workbook(InspectorHeaders,
            ["XL-001", "赵检查", "山西建筑科学研究院（演示）", "140100", "建筑节能，绿色建筑", "是", DemoAccounts.EmailOf(Roles.Inspector)],
            ["XL-002", "钱检查", null, "140200", "结构", "否", null]);
        var first = await ImportAsync(province, "Inspectors", file);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await first.ReadJsonAsync()).GetProperty("imported").GetInt32());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var auditBefore = await db.AuditEntries.CountAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(province, "Inspectors", file)).StatusCode);
        Assert.Equal(auditBefore, await db.AuditEntries.CountAsync(Ct)); // nothing changed, nothing to audit
        var saved = await db.Set<Inspector>().AsNoTracking().Where(i => i.Number.StartsWith("XL-")).OrderBy(i => i.Number).ToListAsync(Ct);
        Assert.Equal(["建筑节能", "绿色建筑"], saved[0].SpecialtyList);
        Assert.NotNull(saved[0].UserId);
        Assert.False(saved[1].IsAvailable);
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == "Inspector").ToListAsync(Ct), a => a.Changes.Contains("XL-002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_naming_row_and_column_and_nothing_is_saved()
    {
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var file = Workbook(InspectorHeaders,
            ["XB-001", "孙检查", "没有这个单位", "140100", "节能", "是", null],
            ["XB-002", "", null, "999999", "节能", "也许", "admin@demo.greenbuild.cn"],
            ["XB-001", "李检查", null, "140100", "节能", "是", null],
            ["XB 003", "周检查", null, "140100", "节能", "是", null]);
        var response = await ImportAsync(province, "Inspectors", file);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("第 2 行 C 列（单位（名称或统一社会信用代码））：没有名称或统一社会信用代码为“没有这个单位”的单位", text);
        Assert.Contains("第 3 行 B 列（姓名）：必填", text);
        Assert.Contains("第 3 行 D 列（城市代码）：未知的城市代码“999999”", text);
        Assert.Contains("第 3 行 F 列（可用（是/否））：“也许”不是“是”或“否”", text);
        Assert.Contains("第 3 行 G 列（登录账号（邮箱））：账号“admin@demo.greenbuild.cn”不存在或没有检查人员角色", text);
        Assert.True(text.Contains("第 4 行 A 列：编号“XB-001”与第 2 行重复", StringComparison.Ordinal), text);
        Assert.Contains("第 5 行 A 列（编号）：编号“XB 003”无效", text);

        Assert.Contains("不是有效的 Excel 工作簿", await (await ImportAsync(province, "Inspectors", "PK\u0003\u0004 not a workbook"u8.ToArray())).Content.ReadAsStringAsync(Ct));
        Assert.Contains("第 1 行 B 列：表头应为“名称”，实际为“姓名”", await (await ImportAsync(province, "Products", file)).Content.ReadAsStringAsync(Ct));
        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        var foreign = await ImportAsync(datong, "Inspectors", Workbook(InspectorHeaders, ["XB-009", "吴检查", null, "140100", "节能", "是", null]));
        Assert.Contains("不能维护其他城市（140100）的名录", await foreign.Content.ReadAsStringAsync(Ct));

        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Inspector>().AnyAsync(i => i.Number.StartsWith("XB"), Ct));
    }

    [Fact]
    public async Task Registry_projects_at_the_task_stages_are_the_candidates_of_a_project_task()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        foreach (var (code, stage) in new[] { ("XM-PRJ-1", "DesignReview"), ("XM-PRJ-2", "ConstructionPermit"), ("XM-PRJ-3", "DesignReview") })
        {
            var saved = await applicant.PostJsonAsync("/api/v1/projects", new
            {
                code, name = "晋阳科创中心办公楼", cityCode = "140106", stage, buildingType = "Public", funding = "Private", floorAreaAbove = 24000, floorAreaBelow = 6000,
                storeys = 18, height = 79.5, designReviewDate = "2024-04-18", energyStandardPercent = 72, greenLevel = "OneStar", structureType = "Steel", pvCapacityKwp = 200,
            });
            Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        }

        var city = await SupervisionScenario.AsAsync(app, Roles.CityOfficer);
        await city.InspectorAsync("XM-I1", "140100", specialties: "施工图");
        var task = city.ProductTask("140100", 1, organizer: "140100", kind: "Project", specialties: ["施工图"]);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(task, Json.Options)!.AsObject();
        body["stages"] = new System.Text.Json.Nodes.JsonArray("DesignReview");
        body["objectCities"] = new System.Text.Json.Nodes.JsonArray();
        var id = (await city.CreateAsync(body)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await city.AnnounceAsync(id)).StatusCode);
        var lists = await (await app.Anonymous().GetAsync($"/api/v1/supervision/public/tasks/{id}/lists", Ct)).ReadJsonAsync();
        var candidates = lists[0].GetProperty("candidates").GetString()!;
        Assert.Contains("XM-PRJ-1\n", candidates);
        Assert.Contains("XM-PRJ-3\n", candidates);
        Assert.DoesNotContain("XM-PRJ-2", candidates);
    }
}

public sealed class DirectoryImportTestsOnSqlite(SqliteApp app) : DirectoryImportTests(app), IClassFixture<SqliteApp>;

public sealed class DirectoryImportTestsOnPostgres(PostgresApp app) : DirectoryImportTests(app), IClassFixture<PostgresApp>;
