using System.Net;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Supervision.Complaints;
using GreenBuild.Supervision.Model;
using GreenBuild.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Supervision;

/// <summary>
/// Complaints from the public without an account: a solved challenge files one and gives a tracking code; officers of
/// the city route, note and answer it; forged, unsolved, early, expired and reused challenges, hostile text and files
/// are refused or stored inertly, with nothing half-written.
/// </summary>
public abstract class ComplaintsTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<(string Token, string Nonce)> SolvedAsync(GreenBuildApp app, HttpClient client)
    {
        var challenge = await (await client.GetAsync("/api/v1/supervision/public/complaints/challenge", Ct)).ReadJsonAsync();
        var token = challenge.GetProperty("token").GetString()!;
        var nonce = ComplaintChallenge.Solve(token, challenge.GetProperty("difficulty").GetInt32());
        app.Clock.Advance(TimeSpan.FromSeconds(5)); // the minimum time a form is open
        return (token, nonce);
    }

    internal static object Complaint(string token, string nonce, string description = "小区外墙保温层脱落，施工时未按设计使用 A 级保温材料。", string city = "140105",
        string category = "energy", string? phone = "0351-1234567", object[]? files = null) => new
    {
        category, cityCode = city, place = "太原市小店区某小区 3 号楼", description, contactName = "王先生", contactPhone = phone, token, nonce, files = files ?? [],
    };

    private async Task<int> CountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Complaint>().CountAsync(Ct);
    }

    [Fact]
    public async Task Anyone_files_a_complaint_gets_a_tracking_code_and_follows_it_while_the_city_routes_and_answers_it()
    {
        var anonymous = app.Anonymous();
        var (token, nonce) = await SolvedAsync(app, anonymous);
        var hostile = "<script>alert('x')</script> 外墙保温层脱落 & \"未整改\" \u0000\u0007";
        var filed = await anonymous.PostJsonAsync("/api/v1/supervision/public/complaints", Complaint(token, nonce, hostile,
            files: [new { fileName = "现场.png", contentBase64 = Convert.ToBase64String(InspectionFlowTests.Png) }]));
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var code = (await filed.ReadJsonAsync()).GetProperty("trackingCode").GetString()!;
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", code);

        var tracked = await (await anonymous.GetAsync($"/api/v1/supervision/public/complaints/{code.ToLowerInvariant().Replace("-", " ")}", Ct)).ReadJsonAsync();
        Assert.Equal("Received", tracked.GetProperty("status").GetString());
        Assert.False(tracked.TryGetProperty("contactPhone", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/supervision/public/complaints/ZZZZ-ZZZZ-ZZZZ", Ct)).StatusCode);

        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, SeedPlatformDemo.DemoPassword);
        Assert.DoesNotContain((await (await datong.GetAsync("/api/v1/supervision/complaints", Ct)).ReadJsonAsync()).EnumerateArray(), c => c.GetProperty("trackingCode").GetString() == code);
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        var complaint = (await (await taiyuan.GetAsync("/api/v1/supervision/complaints", Ct)).ReadJsonAsync()).EnumerateArray().Single(c => c.GetProperty("trackingCode").GetString() == code);
        var id = complaint.GetProperty("id").GetGuid();
        Assert.Equal("<script>alert('x')</script> 外墙保温层脱落 & \"未整改\"", complaint.GetProperty("description").GetString()); // stored as entered, control characters removed
        Assert.Equal("0351-1234567", complaint.GetProperty("contactPhone").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await datong.GetAsync($"/api/v1/supervision/complaints/{id}", Ct)).StatusCode);
        var detail = await (await taiyuan.GetAsync($"/api/v1/supervision/complaints/{id}", Ct)).ReadJsonAsync();
        var attachment = detail.GetProperty("attachments")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await taiyuan.GetAsync($"/api/v1/supervision/attachments/{attachment}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await datong.GetAsync($"/api/v1/supervision/attachments/{attachment}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAs(Roles.Inspector)).GetAsync($"/api/v1/supervision/attachments/{attachment}", Ct)).StatusCode);

        Assert.Contains("请先受理转办", await (await taiyuan.PostJsonAsync($"/api/v1/supervision/complaints/{id}/steps", new { action = "Answer", note = "x" })).Content.ReadAsStringAsync(Ct));
        Assert.Contains("转往其他城市请由省厅办理", await (await taiyuan.PostJsonAsync($"/api/v1/supervision/complaints/{id}/steps", new { action = "Route", note = "转", cityCode = "140200" })).Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await taiyuan.PostJsonAsync($"/api/v1/supervision/complaints/{id}/steps", new { action = "Route", note = "已受理，转小店区住建局核查" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await taiyuan.PostJsonAsync($"/api/v1/supervision/complaints/{id}/steps", new { action = "Progress", note = "已现场核查" })).StatusCode);
        var answered = await (await taiyuan.PostJsonAsync($"/api/v1/supervision/complaints/{id}/steps", new { action = "Answer", note = "经核查情况属实，已责令施工单位限期整改。" })).ReadJsonAsync();
        Assert.Equal("Answered", answered.GetProperty("status").GetString());
        Assert.Contains("已办结（Answered），不能再办理", await (await taiyuan.PostJsonAsync($"/api/v1/supervision/complaints/{id}/steps", new { action = "Progress", note = "x" })).Content.ReadAsStringAsync(Ct));

        var final = await (await anonymous.GetAsync($"/api/v1/supervision/public/complaints/{code}", Ct)).ReadJsonAsync();
        Assert.Equal("Answered", final.GetProperty("status").GetString());
        Assert.Equal("经核查情况属实，已责令施工单位限期整改。", final.GetProperty("answer").GetString());
        Assert.Equal(["Received", "Routed", "InProgress", "Answered"], final.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("status").GetString()!));
        Assert.DoesNotContain("太原市住建局", final.GetRawText());

        await using var scope = app.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().AuditEntries.Where(a => a.EntityType == "Complaint" && a.EntityKey == id.ToString()).ToListAsync(Ct);
        Assert.Contains(audit, a => a.ActorName == "system" && a.Action == GreenBuild.Platform.Audit.AuditAction.Create);
        Assert.Contains(audit, a => a.ActorName == "太原市住建局（演示）" && a.Changes.Contains("Answered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forged_unsolved_early_expired_and_reused_challenges_are_refused_and_file_nothing()
    {
        var anonymous = app.Anonymous();
        var before = await CountAsync();
        async Task<string> Refused(object body)
        {
            var response = await anonymous.PostJsonAsync("/api/v1/supervision/public/complaints", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return await response.Content.ReadAsStringAsync(Ct);
        }

        Assert.Contains("表单已失效或被改动", await Refused(Complaint("", "1")));
        var challenge = await (await anonymous.GetAsync("/api/v1/supervision/public/complaints/challenge", Ct)).ReadJsonAsync();
        var token = challenge.GetProperty("token").GetString()!;
        Assert.Contains("表单已失效或被改动", await Refused(Complaint(token[..^4] + "AAAA", "1")));
        var nonce = ComplaintChallenge.Solve(token, 16);
        Assert.Contains("提交过快", await Refused(Complaint(token, nonce)));
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        var wrong = ComplaintChallenge.LeadingZeroBits(token + ":" + "0") >= 16 ? "1" : "0";
        Assert.Contains("没有完成防刷验证计算", await Refused(Complaint(token, wrong)));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostJsonAsync("/api/v1/supervision/public/complaints", Complaint(token, nonce))).StatusCode);
        Assert.Contains("已经提交过一次", await Refused(Complaint(token, nonce)));
        var (late, lateNonce) = await SolvedAsync(app, anonymous);
        app.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Contains("超过有效时间", await Refused(Complaint(late, lateNonce)));
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task Bad_fields_and_hostile_files_are_refused_with_each_field_named_and_nothing_stored()
    {
        var anonymous = app.Anonymous();
        var before = await CountAsync();
        var (token, nonce) = await SolvedAsync(app, anonymous);
        var exe = new { fileName = "照片.png", contentBase64 = Convert.ToBase64String("MZ\u0090\0\u0003"u8.ToArray()) };
        var response = await anonymous.PostJsonAsync("/api/v1/supervision/public/complaints", Complaint(token, nonce, "太短", "999999", "lottery", "call-me", [exe]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var errors = body.GetProperty("errors");
        Assert.Contains("投诉类别“lottery”无效", errors.GetProperty("category")[0].GetString());
        Assert.Contains("未知的城市代码“999999”", errors.GetProperty("cityCode")[0].GetString());
        Assert.Contains("10–5000 字", errors.GetProperty("description")[0].GetString());
        Assert.Contains("只能包含数字", errors.GetProperty("contactPhone")[0].GetString());
        Assert.Contains("“照片.png”不是允许的类型", errors.GetProperty("files[0]")[0].GetString());

        var many = Enumerable.Range(0, 4).Select(i => (object)new { fileName = $"{i}.png", contentBase64 = Convert.ToBase64String(InspectionFlowTests.Png) }).ToArray();
        var (token2, nonce2) = await SolvedAsync(app, anonymous);
        Assert.Contains("一次最多上传 3 个附件", await (await anonymous.PostJsonAsync("/api/v1/supervision/public/complaints", Complaint(token2, nonce2, files: many))).Content.ReadAsStringAsync(Ct));
        var novel = new string('长', 5001);
        var (token3, nonce3) = await SolvedAsync(app, anonymous);
        Assert.Contains("10–5000 字", await (await anonymous.PostJsonAsync("/api/v1/supervision/public/complaints", Complaint(token3, nonce3, novel))).Content.ReadAsStringAsync(Ct));
        var oversized = await anonymous.PostAsync("/api/v1/supervision/public/complaints",
            new StringContent(new string('x', 26 * 1024 * 1024), System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.Equal(before, await CountAsync());
    }
}

public sealed class ComplaintsTestsOnSqlite(ComplaintsApp.OnSqlite app) : ComplaintsTests(app), IClassFixture<ComplaintsApp.OnSqlite>;

public sealed class ComplaintsTestsOnPostgres(ComplaintsApp.OnPostgres app) : ComplaintsTests(app), IClassFixture<ComplaintsApp.OnPostgres>;

/// <summary>
/// GreenBuild with room for the many refused attempts these tests make from one address (every attempt counts
/// against the per-IP filing limit, refused or not); <see cref="ComplaintRateLimitTests"/> checks the limit itself.
/// </summary>
public abstract class ComplaintsApp : GreenBuildApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Supervision:Complaints:FilingsPerWindow", "1000");
        builder.UseSetting("Supervision:Complaints:ReadsPerWindow", "1000");
    }

    public sealed class OnSqlite : ComplaintsApp
    {
        public override TestDatabase Database { get; } = TestDatabase.Sqlite();
    }

    public sealed class OnPostgres : ComplaintsApp
    {
        public override TestDatabase Database { get; } = TestDatabase.Postgres();
    }
}

/// <summary>GreenBuild on SQLite with a filing limit of 2 per window, to see the limiter refuse the third.</summary>
public sealed class RateLimitedApp : GreenBuildApp
{
    public override TestDatabase Database { get; } = TestDatabase.Sqlite();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Supervision:Complaints:FilingsPerWindow", "2");
        builder.UseSetting("Supervision:Complaints:ReadsPerWindow", "6");
    }
}

/// <summary>Per-IP rate limits of the public complaint endpoints.</summary>
public sealed class ComplaintRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_that_files_or_reads_too_often_gets_429_and_nothing_more_is_stored()
    {
        var anonymous = app.Anonymous();
        int before;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Complaint>().CountAsync(Ct);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var (token, nonce) = await ComplaintsTests.SolvedAsync(app, anonymous);
            statuses.Add((await anonymous.PostJsonAsync("/api/v1/supervision/public/complaints", ComplaintsTests.Complaint(token, nonce))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var reads = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            reads.Add((await anonymous.GetAsync("/api/v1/supervision/public/complaints/AAAA-AAAA-AAAA", Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, reads[^1]); // 3 challenges and 3 look-ups used the 6 reads
        await using var after = app.Services.CreateAsyncScope();
        Assert.Equal(before + 2, await after.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Complaint>().CountAsync(Ct));
    }
}
