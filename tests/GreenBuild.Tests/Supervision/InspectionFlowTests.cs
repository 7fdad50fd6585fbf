using System.Net;
using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Supervision.Model;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Supervision;

/// <summary>
/// From the draw to publication: the drawn inspector records the checklist and a serious finding with a photo, the
/// city approves with a rectification order, reminders come from the hosted service on the clock, the enterprise
/// reports, a failed re-inspection leads to a second order, a passed one closes it, and the result is published.
/// Credit entries follow and work as a draw filter. An inspector sees only its own assignments.
/// </summary>
public abstract class InspectionFlowTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The smallest valid PNG (1×1, transparent).</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static readonly string InspectorEmail = DemoAccounts.EmailOf(Roles.Inspector);

    private async Task<(SupervisionScenario Province, JsonElement Task)> DrawnAsync(string prefix, string city)
    {
        var province = await SupervisionScenario.AsAsync(app);
        for (var i = 1; i <= 3; i++)
        {
            await province.ProductAsync($"{prefix}-P{i}", city[..4] + "02", organization: SupervisionScenario.Developer);
        }

        await province.InspectorAsync($"{prefix}-I1", city, organization: SupervisionScenario.Institute, account: InspectorEmail);
        await province.InspectorAsync($"{prefix}-I2", city, organization: SupervisionScenario.Institute);
        // with these values the inspector draws give XZ-I1, XZ-I1, XZ-I2 (RFC 3797, checked with Python), so each inspector has work
        var task = await province.DrawnAsync(province.ProductTask(city, 3, inspectors: 1, organizer: city), second: "1 2 3 4 5");
        return (province, task);
    }

    private async Task<List<JsonElement>> InspectionsAsync(HttpClient client, Guid taskId) =>
        [.. (await (await client.GetAsync($"/api/v1/supervision/inspections?task={taskId}", Ct)).ReadJsonAsync()).EnumerateArray()];

    [Fact]
    public async Task An_inspection_goes_from_the_draw_through_rectification_and_reinspection_to_publication()
    {
        var (province, task) = await DrawnAsync("XZ", "140900");
        var taskId = task.GetProperty("id").GetGuid();
        var inspector = await app.SignedInAs(Roles.Inspector);
        var all = await InspectionsAsync(province.Client, taskId);
        Assert.Equal(3, all.Count);
        var mine = await InspectionsAsync(inspector, taskId);
        var assignedToMe = all.Where(i => i.GetProperty("inspectors")[0].GetProperty("number").GetString() == "XZ-I1").Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(assignedToMe.Order(), mine.Select(i => i.GetProperty("id").GetGuid()).Order());
        Assert.NotEmpty(assignedToMe);
        var notMine = all.Select(i => i.GetProperty("id").GetGuid()).Except(assignedToMe).ToList();
        Assert.NotEmpty(notMine); // the draw gave some objects to the other inspector
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/api/v1/supervision/inspections/{notMine[0]}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{notMine[0]}/record", new { submit = false })).StatusCode);

        var id = assignedToMe[0];
        var inspection = mine.Single(i => i.GetProperty("id").GetGuid() == id);
        var items = inspection.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemCode").GetString()!).ToList();
        Assert.Contains("EE-ENVELOPE", items);
        var finding = await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{id}/findings", new
        {
            itemCode = "EE-ENVELOPE", severity = "Serious", description = "外墙保温材料燃烧性能等级与设计不符",
            files = new[] { new { fileName = "现场照片.png", contentBase64 = Convert.ToBase64String(Png) } },
        });
        Assert.Equal(HttpStatusCode.OK, finding.StatusCode);
        var incomplete = await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{id}/record", new { submit = true });
        Assert.Contains("还没有检查结果", await incomplete.Content.ReadAsStringAsync(Ct));
        var submitted = await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{id}/record", new
        {
            items = items.Where(c => c != "EE-ENVELOPE").Select(c => new { itemCode = c, result = "Conforms", note = (string?)null }).ToArray(),
            summary = "保温材料不符合要求，责令整改", inspectedOn = app.Clock.GetUtcNow().UtcDateTime, submit = true,
        });
        Assert.Equal("Submitted", (await submitted.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Contains("已提交，不能再修改", await (await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{id}/record", new { submit = false })).Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{id}/approve", new { })).StatusCode);

        var noOrder = await province.Client.PostJsonAsync($"/api/v1/supervision/inspections/{id}/approve", new { });
        Assert.Contains("必须下达整改通知", await noOrder.Content.ReadAsStringAsync(Ct));
        var deadline = app.Clock.GetUtcNow().UtcDateTime.AddDays(10);
        var approved = await (await province.Client.PostJsonAsync($"/api/v1/supervision/inspections/{id}/approve", new { requirement = "更换为 A 级保温材料", deadlineUtc = deadline })).ReadJsonAsync();
        Assert.Equal("Rectifying", approved.GetProperty("status").GetString());
        var order = (await (await inspector.GetAsync($"/api/v1/supervision/inspections/{id}", Ct)).ReadJsonAsync()).GetProperty("rectifications")[0].GetProperty("id").GetGuid();

        // the hosted service reminds on the injected clock: 8 days on, the deadline is 2 days away; 3 more, it has passed
        app.Clock.Advance(TimeSpan.FromDays(8));
        await Eventually(async db => await db.Set<RectificationReminder>().AnyAsync(r => r.RectificationId == order && r.Kind == "DueSoon", Ct));
        app.Clock.Advance(TimeSpan.FromDays(3));
        await Eventually(async db => await db.Set<Rectification>().AnyAsync(r => r.Id == order && r.IsOverdue, Ct));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var reminders = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<RectificationReminder>().Where(r => r.RectificationId == order).ToListAsync(Ct);
            Assert.Equal(["DueSoon", "Overdue"], reminders.OrderBy(r => r.SentAtUtc).Select(r => r.Kind));
        }

        inspector = await app.SignedInAs(Roles.Inspector); // the sessions of 11 days ago have expired
        province = await SupervisionScenario.AsAsync(app);
        var enterprise = await app.SignedInAs(Roles.Applicant); // the developer, whose products were inspected
        Assert.Equal(HttpStatusCode.OK, (await enterprise.GetAsync($"/api/v1/supervision/inspections/{id}", Ct)).StatusCode);
        var reported = await enterprise.PostJsonAsync($"/api/v1/supervision/rectifications/{order}/report", new
        {
            report = "已更换保温材料", files = new[] { new { fileName = "检测报告.pdf", contentBase64 = Convert.ToBase64String("%PDF-1.4\n%%EOF\n"u8.ToArray()) } },
        });
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        var failed = await inspector.PostJsonAsync($"/api/v1/supervision/rectifications/{order}/reinspect", new { passed = false, note = "仍有部分未更换" });
        var failedText = await failed.Content.ReadAsStringAsync(Ct);
        Assert.True(failedText.Contains("请填写整改要求", StringComparison.Ordinal), failedText); // a failed re-inspection needs the next order
        var second = await inspector.PostJsonAsync($"/api/v1/supervision/rectifications/{order}/reinspect", new
        {
            passed = false, note = "仍有部分未更换", nextRequirement = "全部更换", nextDeadlineUtc = app.Clock.GetUtcNow().UtcDateTime.AddDays(5),
        });
        Assert.Equal("Rectifying", (await second.ReadJsonAsync()).GetProperty("status").GetString());
        var orders = (await (await inspector.GetAsync($"/api/v1/supervision/inspections/{id}", Ct)).ReadJsonAsync()).GetProperty("rectifications");
        Assert.Equal("Failed", orders[0].GetProperty("status").GetString());
        var next = orders[1].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await enterprise.PostJsonAsync($"/api/v1/supervision/rectifications/{next}/report", new { report = "已全部更换" })).StatusCode);
        var closed = await (await inspector.PostJsonAsync($"/api/v1/supervision/rectifications/{next}/reinspect", new { passed = true, note = "复查合格" })).ReadJsonAsync();
        Assert.Equal("Closed", closed.GetProperty("status").GetString());

        Assert.DoesNotContain((await (await app.Anonymous().GetAsync("/api/v1/supervision/public/inspections", Ct)).ReadJsonAsync()).EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("Published", (await (await province.Client.PostJsonAsync($"/api/v1/supervision/inspections/{id}/publish", new { })).ReadJsonAsync()).GetProperty("status").GetString());
        var published = (await (await app.Anonymous().GetAsync("/api/v1/supervision/public/inspections", Ct)).ReadJsonAsync()).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(1, published.GetProperty("seriousFindings").GetInt32());
        Assert.Equal("Passed", published.GetProperty("rectification").GetString());

        var developer = await OrganizationIdAsync(SupervisionScenario.Developer);
        var credit = await (await province.Client.GetAsync($"/api/v1/supervision/enterprises/{developer}/credit", Ct)).ReadJsonAsync();
        var categories = credit.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("category").GetString()).ToList();
        Assert.Contains("finding.serious", categories);
        Assert.Contains("rectification.failed", categories);
        Assert.True(credit.GetProperty("badInForce").GetInt32() >= 2);
        var publicCredit = await (await app.Anonymous().GetAsync($"/api/v1/supervision/public/enterprises/{developer}/credit", Ct)).ReadJsonAsync();
        Assert.Contains(publicCredit.EnumerateArray(), e => e.GetProperty("category").GetString() == "finding.serious");

        await using var audit = app.Services.CreateAsyncScope();
        var entries = await audit.ServiceProvider.GetRequiredService<GreenBuildDb>().AuditEntries.Where(a => a.EntityType == "Rectification").ToListAsync(Ct);
        Assert.Contains(entries, a => a.ActorName == "李检查员（演示）" && a.Changes.Contains("Passed", StringComparison.Ordinal));
        Assert.Contains(entries, a => a.ActorName == "晋阳绿建（演示）" && a.Changes.Contains("Reported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_and_size_stored_under_their_hash_and_served_only_as_downloads_to_those_who_may_see_them()
    {
        var (province, task) = await DrawnAsync("LL", "141100");
        var inspector = await app.SignedInAs(Roles.Inspector);
        var id = (await InspectionsAsync(inspector, task.GetProperty("id").GetGuid()))[0].GetProperty("id").GetGuid();
        async Task<string> Refused(string name, byte[] content)
        {
            var response = await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{id}/findings", new
            {
                itemCode = "EE-ENVELOPE", severity = "Minor", description = "x", files = new[] { new { fileName = name, contentBase64 = Convert.ToBase64String(content) } },
            });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return await response.Content.ReadAsStringAsync(Ct);
        }

        Assert.Contains("不是允许的类型", await Refused("../../etc/passwd.png", "<html><script>alert(1)</script>"u8.ToArray()));
        Assert.Contains("不是允许的类型", await Refused("photo.jpg", Png)); // PNG bytes under a JPEG name
        Assert.Contains("不是允许的类型", await Refused("x.svg", "<svg onload=alert(1)>"u8.ToArray()));
        Assert.Contains("超过 5 MB", await Refused("big.png", [.. Png, .. new byte[5 * 1024 * 1024]]));
        Assert.Contains("是空文件", await Refused("empty.png", []));

        var hostileName = "..\\..\\<img src=x onerror=alert(1)>\u0007.png";
        var accepted = await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{id}/findings", new
        {
            itemCode = "EE-ENVELOPE", severity = "Minor", description = "<script>alert('x')</script>", files = new[] { new { fileName = hostileName, contentBase64 = Convert.ToBase64String(Png) } },
        });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var file = (await (await inspector.GetAsync($"/api/v1/supervision/inspections/{id}", Ct)).ReadJsonAsync()).GetProperty("findings")[0].GetProperty("attachments")[0];
        Assert.Equal("img src=x onerror=alert(1).png", file.GetProperty("fileName").GetString());
        var fileId = file.GetProperty("id").GetGuid();

        var download = await inspector.GetAsync($"/api/v1/supervision/attachments/{fileId}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await datong.GetAsync($"/api/v1/supervision/attachments/{fileId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/api/v1/supervision/attachments/{fileId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.Client.GetAsync($"/api/v1/supervision/attachments/{fileId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await datong.GetAsync($"/api/v1/supervision/inspections/{id}", Ct)).StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Attachment>().SingleAsync(a => a.Id == fileId, Ct);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png)), stored.Sha256);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Finding>().CountAsync(f => f.InspectionId == id, Ct)); // the refused ones left nothing
    }

    [Fact]
    public async Task Credit_records_in_force_filter_the_objects_of_a_later_draw()
    {
        var province = await SupervisionScenario.AsAsync(app);
        await province.ProductAsync("LF-P1", "141002", organization: SupervisionScenario.Designer);
        await province.ProductAsync("LF-P2", "141002", organization: SupervisionScenario.Institute);
        await province.ProductAsync("LF-P3", "141002");
        await province.InspectorAsync("LF-I1", "141000");
        var designer = await OrganizationIdAsync(SupervisionScenario.Designer);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var invalid = await province.Client.PostJsonAsync("/api/v1/supervision/credit", new { organizationId = designer, kind = "Bad", description = "x", source = "晋建罚〔2026〕1号", validFrom = now, validUntil = now.AddYears(6) });
        Assert.Contains("不超过 5 年", await invalid.Content.ReadAsStringAsync(Ct));
        var sanction = await province.Client.PostJsonAsync("/api/v1/supervision/credit", new
        {
            organizationId = designer, kind = "Bad", description = "施工图违反节能强制性条文", source = "晋建罚〔2026〕1号", validFrom = now.AddDays(-1), validUntil = now.AddYears(1),
        });
        Assert.Equal(HttpStatusCode.OK, sanction.StatusCode);

        async Task<string> Listed(string filter)
        {
            var id = (await province.CreateAsync(province.ProductTask("141000", 1, organizer: "141000", creditFilter: filter))).GetProperty("id").GetGuid();
            var lists = await (await app.Anonymous().GetAsync($"/api/v1/supervision/public/tasks/{id}/lists", Ct)).ReadJsonAsync();
            Assert.Equal(HttpStatusCode.OK, (await province.AnnounceAsync(id)).StatusCode);
            lists = await (await app.Anonymous().GetAsync($"/api/v1/supervision/public/tasks/{id}/lists", Ct)).ReadJsonAsync();
            return lists[0].GetProperty("candidates").GetString()!;
        }

        Assert.Equal("LF-P1\n", await Listed("WithBadRecord"));
        Assert.Equal("LF-P2\nLF-P3\n", await Listed("WithoutBadRecord"));
        Assert.Equal("LF-P1\nLF-P2\nLF-P3\n", await Listed("Any"));

        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await datong.GetAsync($"/api/v1/supervision/enterprises/{designer}/credit", Ct)).StatusCode);
        Assert.Contains("不在您的管辖范围内", await (await datong.PostJsonAsync("/api/v1/supervision/credit", new
        {
            organizationId = designer, kind = "Good", description = "x", source = "x", validFrom = now, validUntil = now.AddYears(1),
        })).Content.ReadAsStringAsync(Ct));
    }

    private async Task<Guid> OrganizationIdAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct);
    }

    /// <summary>Polls the database until the condition holds (the hosted service works on its own), with a deadline.</summary>
    private async Task Eventually(Func<GreenBuildDb, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (await condition(scope.ServiceProvider.GetRequiredService<GreenBuildDb>()))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 20 seconds");
            await Task.Delay(50, Ct);
        }
    }
}

public sealed class InspectionFlowTestsOnSqlite(SqliteApp app) : InspectionFlowTests(app), IClassFixture<SqliteApp>;

public sealed class InspectionFlowTestsOnPostgres(PostgresApp app) : InspectionFlowTests(app), IClassFixture<PostgresApp>;
