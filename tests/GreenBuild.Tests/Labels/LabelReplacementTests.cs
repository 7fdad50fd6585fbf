using System.Net;
using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;
using static GreenBuild.Tests.Labels.LabelsKit;

namespace GreenBuild.Tests.Labels;

/// <summary>
/// 超期替换: the province replaces a drawn expert who missed the review deadline by a new draw from the same published
/// list and key with the replaced expert avoided — verifiable on /draw/verify like the first draw; the replaced expert
/// loses sight at once, the replacement gets its own deadline, the panel can then conclude; only the province may do it.
/// </summary>
public abstract class LabelReplacementTests(GreenBuildApp app)
{
    private static async Task ScoreAsync(GreenBuildApp app, JsonElement member, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var expert = await ExpertAsync(app, member.GetProperty("expertCode").GetString()!);
        var response = await expert.PostJsonAsync($"/api/v1/labels/reviews/{member.GetProperty("id").GetString()}",
            new { scores = GreenBuild.Labels.Demo.DemoAssessments.TwoStar().Items.Select(i => new { clause = i.Clause, score = i.Score }), opinion = "同意" });
        Assert.True(response.StatusCode == expected, await ProblemTextAsync(response));
    }

    [Fact]
    public async Task An_expert_who_missed_the_deadline_is_replaced_by_a_verifiable_draw_loses_sight_and_the_replacement_scores_in_its_own_time()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var id = await AcceptedAsync(app, applicant);
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var panel = await DrawAsync(province, id);
        var panelId = panel.GetProperty("id").GetString();
        var members = panel.GetProperty("members").EnumerateArray().ToList();
        var late = members[0];
        var (lateId, lateCode, specialty) = (late.GetProperty("id").GetString(), late.GetProperty("expertCode").GetString()!, late.GetProperty("specialty").GetString());
        foreach (var member in members.Skip(1))
        {
            await ScoreAsync(app, member);
        }

        // Before the deadline nobody can be replaced; afterwards only one who has not scored, and only with a reason.
        var early = await province.PostJsonAsync($"/api/v1/labels/reviews/{lateId}/replace", new { reason = "超期" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains($"专家 {lateCode} 的评审截止时间", await ProblemTextAsync(early), StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromDays(15));
        province = await app.SignedInAs(Roles.ProvinceOfficer); // the sign-in cookie has expired on the moved clock
        applicant = await app.SignedInAs(Roles.Applicant);
        var noReason = await province.PostJsonAsync($"/api/v1/labels/reviews/{lateId}/replace", new { reason = "  " });
        var noReasonText = await ProblemTextAsync(noReason);
        Assert.True(noReasonText.Contains("请填写替换原因", StringComparison.Ordinal), noReasonText);
        var scored = await province.PostJsonAsync($"/api/v1/labels/reviews/{members[1].GetProperty("id").GetString()}/replace", new { reason = "超期" });
        Assert.Contains("只能替换待评审的专家", await ProblemTextAsync(scored), StringComparison.Ordinal);
        Assert.Contains("尚有专家未提交评分", await ProblemTextAsync(await province.PostJsonAsync($"/api/v1/labels/panels/{panelId}/conclude", new { opinion = "x" })), StringComparison.Ordinal);

        // Only the province: the expert itself, the city, the applicant are refused; an unknown member is not found.
        var lateExpert = await ExpertAsync(app, lateCode);
        foreach (var other in new[] { lateExpert, await app.SignedInAs(Roles.CityOfficer), applicant })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync($"/api/v1/labels/reviews/{lateId}/replace", new { reason = "超期" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await province.PostJsonAsync($"/api/v1/labels/reviews/{Guid.NewGuid()}/replace", new { reason = "超期" })).StatusCode);
        var auditBefore = await AuditCountAsync(app, "PanelMember");

        var replaced = await province.PostJsonAsync($"/api/v1/labels/reviews/{lateId}/replace", new { reason = "超过评审截止时间未提交评分" });
        Assert.True(replaced.StatusCode == HttpStatusCode.OK, await ProblemTextAsync(replaced));
        var result = await replaced.ReadJsonAsync();
        Assert.Equal("Replaced", result.GetProperty("replaced").GetProperty("status").GetString());
        var replacement = result.GetProperty("replacement");
        var replacementCode = replacement.GetProperty("expertCode").GetString()!;
        Assert.NotEqual(lateCode, replacementCode);
        Assert.Equal(specialty, replacement.GetProperty("specialty").GetString());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(14), replacement.GetProperty("deadlineUtc").GetDateTime());
        Assert.True(await AuditCountAsync(app, "PanelMember") >= auditBefore + 2); // the replaced member changed, the replacement added
        Assert.Contains("只能替换待评审的专家", await ProblemTextAsync(await province.PostJsonAsync($"/api/v1/labels/reviews/{lateId}/replace", new { reason = "再次" })), StringComparison.Ordinal);

        // The replaced expert loses sight of the application and its assignment at once, and is told.
        Assert.Equal(HttpStatusCode.NotFound, (await lateExpert.GetAsync($"/api/v1/labels/applications/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lateExpert.GetAsync($"/api/v1/labels/reviews/{lateId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lateExpert.GetAsync($"/labels/applications/{id}", Ct)).StatusCode);
        Assert.DoesNotContain((await (await lateExpert.GetAsync("/api/v1/labels/reviews", Ct)).ReadJsonAsync()).EnumerateArray(), a => a.GetProperty("id").GetString() == lateId);
        await ScoreAsync(app, late, HttpStatusCode.NotFound);
        var number = (await (await province.GetAsync($"/api/v1/labels/applications/{id}", Ct)).ReadJsonAsync()).GetProperty("application").GetProperty("number").GetString();
        Assert.Contains((await (await lateExpert.GetAsync("/api/v1/labels/notifications", Ct)).ReadJsonAsync()).EnumerateArray(),
            n => n.GetProperty("subject").GetString() == $"评审任务已取消：{number}");

        // The new draw is published and verifiable: the list and key as announced, the replaced expert on the avoidance list.
        var after = await (await province.GetAsync($"/api/v1/labels/panels/{panelId}", Ct)).ReadJsonAsync();
        var draw = after.GetProperty("draws").EnumerateArray().Single(d => d.GetProperty("specialty").GetString() == specialty);
        Assert.Equal(2, draw.GetProperty("round").GetInt32());
        Assert.Contains($"{lateCode}\t超期未评审，已替换：超过评审截止时间未提交评分", draw.GetProperty("avoid").GetString(), StringComparison.Ordinal);
        var verification = await (await app.Anonymous().PostJsonAsync("/api/v1/draw/verify", new
        {
            candidates = draw.GetProperty("candidates").GetString(), count = draw.GetProperty("count").GetInt32(), sources = after.GetProperty("sourceValues").GetString()!.Split('\n'),
            avoid = draw.GetProperty("avoid").GetString(), digest = draw.GetProperty("sha256").GetString(),
        })).ReadJsonAsync();
        Assert.True(verification.GetProperty("digestMatches").GetBoolean());
        var seated = after.GetProperty("members").EnumerateArray()
            .Where(m => m.GetProperty("specialty").GetString() == specialty && m.GetProperty("status").GetString() != "Replaced")
            .Select(m => m.GetProperty("expertCode").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(replacementCode, seated);
        Assert.Equal(seated, verification.GetProperty("selected").EnumerateArray().Select(s => s.GetProperty("candidate").GetString()).Order(StringComparer.Ordinal).ToList());
        var published = await (await app.Anonymous().GetAsync($"/api/v1/labels/public/panels/{panelId}", Ct)).ReadJsonAsync();
        Assert.Contains(published.GetProperty("draws").EnumerateArray(), d => d.GetProperty("avoid").GetString()!.Contains(lateCode, StringComparison.Ordinal));

        // The replacement sees the application, scores within its own deadline (the panel's has passed), and the panel concludes.
        var newcomer = await ExpertAsync(app, replacementCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync($"/api/v1/labels/applications/{id}", Ct)).StatusCode);
        Assert.Contains((await (await newcomer.GetAsync("/api/v1/labels/notifications", Ct)).ReadJsonAsync()).EnumerateArray(),
            n => n.GetProperty("link").GetString() == $"/labels/reviews/{replacement.GetProperty("id").GetString()}");
        await ScoreAsync(app, replacement);
        Assert.Equal(HttpStatusCode.OK, (await province.PostJsonAsync($"/api/v1/labels/panels/{panelId}/conclude", new { opinion = "达到申报等级" })).StatusCode);
        var events = (await (await province.GetAsync($"/api/v1/labels/applications/{id}", Ct)).ReadJsonAsync()).GetProperty("events").EnumerateArray();
        Assert.Contains(events, e => e.GetProperty("kind").GetString() == "panel.overdue.replaced"
            && e.GetProperty("detail").GetString() == $"{lateCode} → {replacementCode}：超过评审截止时间未提交评分");
    }

    [Fact]
    public async Task The_province_replaces_an_overdue_expert_on_the_application_page()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var id = await AcceptedAsync(app, applicant);
        var province = await app.SignedInAs(Roles.ProvinceAdmin);
        var panel = await DrawAsync(province, id, ["7 7 1", "300001"]);
        var first = await province.GetAsync($"/labels/applications/{id}", Ct);
        var page = await first.Content.ReadAsStringAsync(Ct);
        Assert.True(first.StatusCode == HttpStatusCode.OK, $"{first.StatusCode} {page}");
        Assert.DoesNotContain("超期替换", page, StringComparison.Ordinal); // nobody is overdue yet

        app.Clock.Advance(TimeSpan.FromDays(15));
        province = await app.SignedInAs(Roles.ProvinceAdmin);
        var member = panel.GetProperty("members")[0];
        var code = member.GetProperty("expertCode").GetString()!;
        page = await (await province.GetAsync($"/labels/applications/{id}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains($"超期替换 {code}", page, StringComparison.Ordinal);
        var token = await GreenBuildApp.AntiforgeryToken(province, $"/labels/applications/{id}");
        var posted = await province.PostAsync($"/labels/applications/{id}?handler=Replace", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["memberId"] = member.GetProperty("id").GetString()!, ["reason"] = "超过评审截止时间未提交评分",
        }), Ct);
        var text = await posted.Content.ReadAsStringAsync(Ct);
        Assert.True(posted.IsSuccessStatusCode || posted.StatusCode == HttpStatusCode.Redirect, text);
        var after = await (await province.GetAsync($"/api/v1/labels/panels/{panel.GetProperty("id").GetString()}", Ct)).ReadJsonAsync();
        Assert.Equal("Replaced", after.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("expertCode").GetString() == code).GetProperty("status").GetString());
        page = await (await province.GetAsync($"/labels/applications/{id}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("超期已替换", page, StringComparison.Ordinal);
    }
}

public sealed class LabelReplacementTestsOnSqlite(SqliteApp app) : LabelReplacementTests(app), IClassFixture<SqliteApp>;

public sealed class LabelReplacementTestsOnPostgres(PostgresApp app) : LabelReplacementTests(app), IClassFixture<PostgresApp>;
