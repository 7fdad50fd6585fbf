using System.Net;
using System.Net.Http.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Supervision;

/// <summary>
/// Inspection tasks from draft to draw: announcement publishes the lists and freezes the task, a new version
/// supersedes it, sources are entered once, the draw is reproducible from the published inputs, nothing is saved
/// when a draw cannot be made, and each city sees only its own tasks.
/// </summary>
public abstract class TaskLifecycleTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_city_announces_a_task_draws_objects_and_inspectors_and_anyone_can_verify_the_stored_draw()
    {
        var city = await SupervisionScenario.AsAsync(app, Roles.CityOfficer);
        for (var i = 1; i <= 6; i++)
        {
            await city.ProductAsync($"TY-P{i:00}", "140105", type: "外墙保温", organization: i % 2 == 0 ? SupervisionScenario.Developer : null);
            await city.InspectorAsync($"TY-I{i:00}", "140100", organization: i <= 2 ? SupervisionScenario.Developer : SupervisionScenario.Institute, specialties: "外墙保温,门窗");
        }

        var draft = await city.CreateAsync(city.ProductTask("140100", 3, inspectors: 2, organizer: "140100", types: ["外墙保温"], specialties: ["外墙保温"]));
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        var announced = await (await city.AnnounceAsync(id)).ReadJsonAsync();
        Assert.Equal("Announced", announced.GetProperty("status").GetString());
        var lists = announced.GetProperty("lists").EnumerateArray().ToList();
        Assert.Equal(2, lists.Count);
        Assert.Equal(6, lists[0].GetProperty("size").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", lists[0].GetProperty("sha256").GetString()!);

        var anonymous = app.Anonymous();
        var published = await (await anonymous.GetAsync($"/api/v1/supervision/public/tasks/{id}/lists", Ct)).ReadJsonAsync();
        Assert.Equal("TY-P01\nTY-P02\nTY-P03\nTY-P04\nTY-P05\nTY-P06\n", published[0].GetProperty("candidates").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await city.DrawAsync(id)).StatusCode); // not yet the draw time, no sources
        await city.PassDrawTimeAsync();
        Assert.Equal(HttpStatusCode.OK, (await city.SourceAsync(id, 1, "5 5 2")).StatusCode);
        var missing = await city.DrawAsync(id);
        Assert.Contains("第 2 个随机源“体彩排列5 第29001期”还没有录入", await missing.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await city.SourceAsync(id, 2, "3 9 0 1 7")).StatusCode);
        var drawn = await (await city.DrawAsync(id)).ReadJsonAsync();
        Assert.Equal("Drawn", drawn.GetProperty("status").GetString());
        var draws = drawn.GetProperty("draws").EnumerateArray().ToList();
        Assert.Equal(4, draws.Count); // one object draw, then one inspector draw per object
        var objects = SupervisionScenario.Selected(drawn, 1);
        Assert.Equal(3, objects.Count);

        foreach (var draw in draws.Skip(1))
        {
            var forObject = draw.GetProperty("forObject").GetString()!;
            var chosen = draw.GetProperty("selected").EnumerateArray().Select(s => s.GetString()!).ToList();
            Assert.Equal(2, chosen.Count);
            if (int.Parse(forObject[^2..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0)
            {
                // the developer's products avoid the developer's own inspectors
                Assert.DoesNotContain("TY-I01", chosen);
                Assert.DoesNotContain("TY-I02", chosen);
                Assert.Contains("TY-I01\town-employer", draw.GetProperty("avoidText").GetString());
            }
        }

        var verification = await (await anonymous.GetAsync($"/api/v1/supervision/public/tasks/{id}/verification", Ct)).ReadJsonAsync();
        Assert.Equal(4, verification.GetArrayLength());
        Assert.All(verification.EnumerateArray(), v =>
        {
            Assert.True(v.GetProperty("digestMatches").GetBoolean());
            Assert.True(v.GetProperty("selectionMatches").GetBoolean());
        });

        // the same inputs on the public verification API give the same selection
        var first = verification[0];
        var again = await (await anonymous.PostJsonAsync("/api/v1/draw/verify", new
        {
            candidates = first.GetProperty("candidates").GetString(), count = first.GetProperty("count").GetInt32(),
            sources = first.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ToArray(), digest = lists[0].GetProperty("sha256").GetString(),
        })).ReadJsonAsync();
        Assert.Equal(objects, again.GetProperty("selected").EnumerateArray().Select(s => s.GetProperty("candidate").GetString()!));
        Assert.Equal(["福彩3D 第2029001期=5 5 2", "体彩排列5 第29001期=3 9 0 1 7", "抽取序号=1"], first.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var inspections = await db.Set<Inspection>().Include(i => i.Assignments).Include(i => i.Items).Where(i => i.TaskId == id).ToListAsync(Ct);
        Assert.Equal(objects.Order(), inspections.Select(i => i.ObjectCode).Order());
        Assert.All(inspections, i => Assert.Equal(2, i.Assignments.Count));
        Assert.All(inspections, i => Assert.Contains(i.Items, item => item.ItemCode == "EE-ENVELOPE" && item.Citation.Contains("规划 四(一)", StringComparison.Ordinal)));
        var audit = await db.AuditEntries.Where(a => a.EntityType == "InspectionTask" && a.EntityKey == id.ToString()).ToListAsync(Ct);
        Assert.Contains(audit, a => a.ActorName == "太原市住建局（演示）" && a.Changes.Contains("Drawn", StringComparison.Ordinal));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "TaskDraw", Ct));
    }

    [Fact]
    public async Task An_announced_task_is_frozen_and_a_new_version_announced_instead_supersedes_it()
    {
        var province = await SupervisionScenario.AsAsync(app);
        for (var i = 1; i <= 4; i++)
        {
            await province.ProductAsync($"YQ-P{i:00}", "140300");
            await province.InspectorAsync($"YQ-I{i:00}", "140300");
        }

        var task = province.ProductTask("140300", 2);
        var id = (await province.CreateAsync(task)).GetProperty("id").GetGuid();
        var edited = await province.Client.PutAsJsonAsync($"/api/v1/supervision/tasks/{id}", task, Json.Options, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode); // a draft may change
        var first = await (await province.AnnounceAsync(id)).ReadJsonAsync();

        var refused = await province.Client.PutAsJsonAsync($"/api/v1/supervision/tasks/{id}", task, Json.Options, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("已公告，不能再修改", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, (await province.AnnounceAsync(id)).StatusCode);

        var version = await (await province.Client.PostJsonAsync($"/api/v1/supervision/tasks/{id}/versions", new { })).ReadJsonAsync();
        var id2 = version.GetProperty("id").GetGuid();
        Assert.Equal(2, version.GetProperty("version").GetInt32());
        Assert.Equal(first.GetProperty("code").GetString(), version.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await province.Client.PutAsJsonAsync($"/api/v1/supervision/tasks/{id2}", province.ProductTask("140300", 3), Json.Options, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await province.Client.PostJsonAsync($"/api/v1/supervision/tasks/{id}/versions", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.AnnounceAsync(id2)).StatusCode);

        var old = await (await province.Client.GetAsync($"/api/v1/supervision/tasks/{id}", Ct)).ReadJsonAsync();
        Assert.Equal("Superseded", old.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("lists")[0].GetProperty("sha256").GetString(), old.GetProperty("lists")[0].GetProperty("sha256").GetString());
        await province.PassDrawTimeAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await province.SourceAsync(id, 1, "1 2 3")).StatusCode);
        Assert.Contains("Superseded", await (await province.DrawAsync(id)).Content.ReadAsStringAsync(Ct));
        var publicList = await (await app.Anonymous().GetAsync("/api/v1/supervision/public/tasks", Ct)).ReadJsonAsync();
        Assert.Contains(publicList.EnumerateArray(), t => t.GetProperty("id").GetGuid() == id && t.GetProperty("status").GetString() == "Superseded");
    }

    [Fact]
    public async Task A_source_entered_again_with_other_values_is_refused_and_the_same_values_change_nothing()
    {
        var province = await SupervisionScenario.AsAsync(app);
        await province.ProductAsync("CZ-P01", "140400");
        await province.ProductAsync("CZ-P02", "140400");
        await province.InspectorAsync("CZ-I01", "140400");
        var id = (await province.CreateAsync(province.ProductTask("140400", 1))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await province.SourceAsync(id, 1, "1")).StatusCode); // a draft has no sources to enter yet
        await province.AnnounceAsync(id);

        Assert.Equal(HttpStatusCode.OK, (await province.SourceAsync(id, 1, "5 5 2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.SourceAsync(id, 1, "2,5，5")).StatusCode); // the same source in another notation
        var contradiction = await province.SourceAsync(id, 1, "5 5 3");
        Assert.Equal(HttpStatusCode.BadRequest, contradiction.StatusCode);
        Assert.Contains("已录入为“5 5 2”，与这次录入的“5 5 3”不一致", await contradiction.Content.ReadAsStringAsync(Ct));
        var notNumber = await province.SourceAsync(id, 2, "3 九 1");
        Assert.Contains("“九”不是非负整数", await notNumber.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, (await province.SourceAsync(id, 3, "1")).StatusCode);

        var task = await (await province.Client.GetAsync($"/api/v1/supervision/tasks/{id}", Ct)).ReadJsonAsync();
        Assert.Equal("5 5 2", task.GetProperty("sources")[0].GetProperty("values").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, task.GetProperty("sources")[1].GetProperty("values").ValueKind);
    }

    [Fact]
    public async Task Fewer_candidates_than_requested_and_too_few_inspectors_are_refused_at_announcement()
    {
        var province = await SupervisionScenario.AsAsync(app);
        await province.ProductAsync("JC-P01", "140500");
        await province.ProductAsync("JC-P02", "140500");
        await province.InspectorAsync("JC-I01", "140500");

        var tooMany = (await province.CreateAsync(province.ProductTask("140500", 3, organizer: "140500"))).GetProperty("id").GetGuid();
        var response = await province.AnnounceAsync(tooMany);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("候选只有 2 个，少于要抽取的 3 个", await response.Content.ReadAsStringAsync(Ct));

        var inspectors = (await province.CreateAsync(province.ProductTask("140500", 1, inspectors: 2, organizer: "140500"))).GetProperty("id").GetGuid();
        Assert.Contains("只有 1 人，少于每个对象需要的 2 人", await (await province.AnnounceAsync(inspectors)).Content.ReadAsStringAsync(Ct));

        var nobody = (await province.CreateAsync(province.ProductTask("140500", 1, kind: "Building", organizer: "140500"))).GetProperty("id").GetGuid();
        Assert.Contains("没有任何检查对象", await (await province.AnnounceAsync(nobody)).Content.ReadAsStringAsync(Ct));

        var task = await (await province.Client.GetAsync($"/api/v1/supervision/tasks/{tooMany}", Ct)).ReadJsonAsync();
        Assert.Equal("Draft", task.GetProperty("status").GetString());
        Assert.Equal(0, task.GetProperty("lists").GetArrayLength());
    }

    [Fact]
    public async Task Avoidance_that_leaves_nobody_fails_the_draw_naming_the_object_and_saves_nothing()
    {
        var province = await SupervisionScenario.AsAsync(app);
        await province.ProductAsync("SZ-P01", "140600");
        await province.InspectorAsync("SZ-I01", "140600");
        await province.InspectorAsync("SZ-I02", "140602");
        // a city's task draws from the city's own inspectors: "not their own city" avoids all of them
        var id = (await province.CreateAsync(province.ProductTask("140600", 1, avoidOwnCity: true, organizer: "140600"))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await province.AnnounceAsync(id)).StatusCode);
        await province.PassDrawTimeAsync();
        await province.SourceAsync(id, 1, "1 2 3");
        await province.SourceAsync(id, 2, "4 5 6 7 8");
        var response = await province.DrawAsync(id);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("为检查对象 SZ-P01（产品SZ-P01）抽取检查人员失败", text);
        Assert.Contains("跳过 2 个", text);
        var after = await (await province.Client.GetAsync($"/api/v1/supervision/tasks/{id}", Ct)).ReadJsonAsync();
        Assert.Equal("Announced", after.GetProperty("status").GetString());
        Assert.Equal(0, after.GetProperty("draws").GetArrayLength());
    }

    [Fact]
    public async Task A_city_officer_sees_and_acts_on_its_own_city_only_and_an_inspector_not_at_all()
    {
        var taiyuan = await SupervisionScenario.AsAsync(app, Roles.CityOfficer);
        var datong = new SupervisionScenario(app, await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword));
        await taiyuan.ProductAsync("TY-S01", "140100");
        var id = (await taiyuan.CreateAsync(taiyuan.ProductTask("140100", 1, organizer: "140100"))).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await datong.Client.GetAsync($"/api/v1/supervision/tasks/{id}", Ct)).StatusCode);
        Assert.Contains("没有这个检查任务", await (await datong.AnnounceAsync(id)).Content.ReadAsStringAsync(Ct));
        var list = await (await datong.Client.GetAsync("/api/v1/supervision/tasks", Ct)).ReadJsonAsync();
        Assert.DoesNotContain(list.EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        var foreign = await datong.Client.PostJsonAsync("/api/v1/supervision/tasks", datong.ProductTask("140100", 1, organizer: "140100"));
        Assert.Contains("不能组织其他地区（140100）的检查任务", await foreign.Content.ReadAsStringAsync(Ct));
        var provinceTask = await datong.Client.PostJsonAsync("/api/v1/supervision/tasks", datong.ProductTask("140200", 1, organizer: "140000"));
        Assert.Contains("不能组织其他地区（140000）", await provinceTask.Content.ReadAsStringAsync(Ct));
        var foreignProduct = await datong.Client.PostJsonAsync("/api/v1/supervision/objects", new { kind = "Product", code = "X-1", name = "x", cityCode = "140105", type = "门窗" });
        Assert.Contains("不能维护其他城市（140105）的名录", await foreignProduct.Content.ReadAsStringAsync(Ct));

        var inspector = await app.SignedInAs(Roles.Inspector);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync("/api/v1/supervision/tasks", Ct)).StatusCode);
    }

    [Fact]
    public async Task Invalid_tasks_are_refused_with_each_field_named_in_chinese()
    {
        var province = await SupervisionScenario.AsAsync(app);
        var response = await province.Client.PostJsonAsync("/api/v1/supervision/tasks", new
        {
            title = "", cityCode = "149999", objectKind = "Project", stages = new[] { "Demolition" }, sampleMode = "Ratio", sampleValue = 120,
            inspectorsPerObject = 0, drawAtUtc = DateTime.UtcNow, sources = new[] { new { name = "a=b", description = "" }, new { name = "抽取序号", description = "" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("请填写任务名称", text);
        Assert.Contains("组织单位代码“149999”无效", text);
        Assert.Contains("项目阶段“Demolition”无效", text);
        Assert.Contains("抽取比例“120”无效", text);
        Assert.Contains("每个对象的检查人员数“0”无效", text);
        Assert.Contains("第 1 个随机源的名称“a=b”无效", text);
        Assert.Contains("第 2 个随机源的名称“抽取序号”无效", text);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<InspectionTask>().AnyAsync(t => t.CityCode == "149999", Ct));
    }
}

public sealed class TaskLifecycleTestsOnSqlite(SqliteApp app) : TaskLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class TaskLifecycleTestsOnPostgres(PostgresApp app) : TaskLifecycleTests(app), IClassFixture<PostgresApp>;
