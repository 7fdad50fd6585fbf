using System.Net;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GreenBuild.Tests.Labels.LabelsKit;

namespace GreenBuild.Tests.Labels;

/// <summary>
/// The expert panel is drawn with the supervision module's RFC 3797 draw: published digests, public sources, avoidance of
/// the applicant's and the participants' experts with a reason per skip, declared conflicts replaced verifiably; experts
/// see only their own open assignment.
/// </summary>
public abstract class LabelDrawTests(GreenBuildApp app)
{
    [Fact]
    public async Task Experts_of_the_applicant_and_of_participating_organizations_are_skipped_with_reasons_and_anyone_can_recompute_the_draw()
    {
        // The designer applies for its own project and names the institute as a participant.
        var designer = await app.SignedIn(Designer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        var institute = await WithDbAsync(app, db => db.Organizations.Where(o => o.Name == "山西建筑科学研究院（演示）").Select(o => o.Id).SingleAsync(Ct));
        var designerOrg = await WithDbAsync(app, db => db.Organizations.Where(o => o.Name == "三晋建筑设计研究院（演示）").Select(o => o.Id).SingleAsync(Ct));
        var id = await AcceptedAsync(app, designer, participants: [institute]);
        var province = await app.SignedInAs(Roles.ProvinceAdmin);
        var panel = await DrawAsync(province, id, ["5 0 2", "301122"]);

        var experts = await (await province.GetAsync("/api/v1/labels/experts", Ct)).ReadJsonAsync();
        var orgOf = experts.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => e.GetProperty("organizationId").GetString());
        var members = panel.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("expertCode").GetString()!).ToList();
        Assert.Equal(5, members.Count);
        Assert.DoesNotContain(members, m => orgOf[m] == designerOrg.ToString() || orgOf[m] == institute.ToString());

        var anySkip = false;
        foreach (var draw in panel.GetProperty("draws").EnumerateArray())
        {
            var avoid = draw.GetProperty("avoid").GetString()!;
            foreach (var line in avoid.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var (code, reason) = (line.Split('\t')[0], line.Split('\t')[1]);
                Assert.Equal(orgOf[code] == designerOrg.ToString() ? "本单位回避：专家所在单位为申报单位" : "参与单位回避：专家所在单位参与了本项目", reason);
            }

            anySkip |= draw.GetProperty("steps").EnumerateArray().Any(s => !s.GetProperty("chosen").GetBoolean() && s.GetProperty("skipReason").GetString()!.Contains("回避", StringComparison.Ordinal));

            // Recompute from what is published, on the public verification endpoint.
            var published = await (await app.Anonymous().GetAsync($"/api/v1/labels/public/panels/{panel.GetProperty("id").GetString()}", Ct)).ReadJsonAsync();
            var sources = published.GetProperty("sourceValues").GetString()!.Split('\n');
            var verification = await app.Anonymous().PostJsonAsync("/api/v1/draw/verify", new
            {
                candidates = draw.GetProperty("candidates").GetString(), count = draw.GetProperty("count").GetInt32(), sources, avoid, digest = draw.GetProperty("sha256").GetString(),
            });
            Assert.Equal(HttpStatusCode.OK, verification.StatusCode);
            var result = await verification.ReadJsonAsync();
            Assert.True(result.GetProperty("digestMatches").GetBoolean());
            Assert.Equal(published.GetProperty("drawKey").GetString(), result.GetProperty("key").GetString());
            var chosen = draw.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("chosen").GetBoolean()).Select(s => s.GetProperty("candidate").GetString()).ToList();
            Assert.Equal(chosen, result.GetProperty("selected").EnumerateArray().Select(s => s.GetProperty("candidate").GetString()).ToList());
        }

        Assert.True(anySkip, "with two avoided organizations among 15 experts, this draw must skip at least one");
    }

    [Fact]
    public async Task A_declared_conflict_replaces_the_expert_with_the_next_of_the_published_order_and_the_expert_loses_sight_of_the_application()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var id = await AcceptedAsync(app, applicant);
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var panel = await DrawAsync(province, id);
        var member = panel.GetProperty("members")[0];
        var (memberId, code, specialty) = (member.GetProperty("id").GetString(), member.GetProperty("expertCode").GetString()!, member.GetProperty("specialty").GetString());
        var expert = await ExpertAsync(app, code);
        Assert.Equal(HttpStatusCode.OK, (await expert.GetAsync($"/api/v1/labels/applications/{id}", Ct)).StatusCode);
        var assignments = await (await expert.GetAsync("/api/v1/labels/reviews", Ct)).ReadJsonAsync();
        Assert.Contains(assignments.EnumerateArray(), a => a.GetProperty("id").GetString() == memberId);

        var noReason = await expert.PostJsonAsync($"/api/v1/labels/reviews/{memberId}/conflict", new { reason = " " });
        Assert.Contains("请填写回避原因", await ProblemTextAsync(noReason), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await expert.PostJsonAsync($"/api/v1/labels/reviews/{memberId}/conflict", new { reason = "本人曾为该项目提供节能咨询" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/api/v1/labels/applications/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/api/v1/labels/reviews/{memberId}", Ct)).StatusCode);

        var after = await (await province.GetAsync($"/api/v1/labels/panels/{panel.GetProperty("id").GetString()}", Ct)).ReadJsonAsync();
        var seated = after.GetProperty("members").EnumerateArray().Where(m => m.GetProperty("specialty").GetString() == specialty).ToList();
        Assert.Equal(2, seated.Count);
        Assert.Equal("Conflict", seated.Single(m => m.GetProperty("expertCode").GetString() == code).GetProperty("status").GetString());
        var replacement = seated.Single(m => m.GetProperty("expertCode").GetString() != code);
        Assert.Equal(2, replacement.GetProperty("round").GetInt32());
        var draw = after.GetProperty("draws").EnumerateArray().Single(d => d.GetProperty("specialty").GetString() == specialty);
        Assert.Contains($"{code}\t本人声明回避：本人曾为该项目提供节能咨询", draw.GetProperty("avoid").GetString(), StringComparison.Ordinal);

        // The new order is RFC 3797's own: the published inputs with the conflict on the avoidance list give the replacement.
        var verification = await (await app.Anonymous().PostJsonAsync("/api/v1/draw/verify", new
        {
            candidates = draw.GetProperty("candidates").GetString(), count = 1, sources = after.GetProperty("sourceValues").GetString()!.Split('\n'), avoid = draw.GetProperty("avoid").GetString(),
        })).ReadJsonAsync();
        Assert.Equal(replacement.GetProperty("expertCode").GetString(), verification.GetProperty("selected")[0].GetProperty("candidate").GetString());
        var replaced = await ExpertAsync(app, replacement.GetProperty("expertCode").GetString()!);
        var notified = await (await replaced.GetAsync("/api/v1/labels/notifications", Ct)).ReadJsonAsync();
        Assert.Contains(notified.EnumerateArray(), n => n.GetProperty("link").GetString() == $"/labels/reviews/{replacement.GetProperty("id").GetString()}");
    }

    [Fact]
    public async Task An_expert_sees_neither_another_panels_application_nor_another_experts_assignment_and_nothing_after_the_panel_closes()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var first = await AcceptedAsync(app, applicant);
        var panel = await DrawAsync(province, first);
        var members = panel.GetProperty("members").EnumerateArray().Select(m => (Id: m.GetProperty("id").GetString()!, Code: m.GetProperty("expertCode").GetString()!)).ToList();
        var pool = await (await province.GetAsync("/api/v1/labels/experts", Ct)).ReadJsonAsync();
        var outsider = pool.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).First(c => members.All(m => m.Code != c));
        var stranger = await ExpertAsync(app, outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/labels/applications/{first}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/labels/reviews/{members[0].Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/v1/labels/reviews/{members[0].Id}", new { scores = Array.Empty<object>(), opinion = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/labels/applications/{first}", Ct)).StatusCode);
        var list = await (await stranger.GetAsync("/api/v1/labels/applications", Ct)).ReadJsonAsync();
        Assert.DoesNotContain(list.EnumerateArray(), a => a.GetProperty("id").GetString() == first);

        // A member scoring with a changed score and no comment is told which clause; scores after the deadline are refused.
        var member = await ExpertAsync(app, members[0].Code);
        var items = GreenBuild.Labels.Demo.DemoAssessments.TwoStar().Items;
        var noComment = await member.PostJsonAsync($"/api/v1/labels/reviews/{members[0].Id}",
            new { scores = items.Select(i => new { clause = i.Clause, score = i.Clause == "7.2.8" ? 25 : i.Score }), opinion = "基本同意" });
        Assert.Contains("条文 7.2.8 的评分（25）与自评分（30）不一致，必须填写意见", await ProblemTextAsync(noComment), StringComparison.Ordinal);
        var tooHigh = await member.PostJsonAsync($"/api/v1/labels/reviews/{members[0].Id}",
            new { scores = items.Select(i => new { clause = i.Clause, score = i.Clause == "4.2.1" ? 11 : i.Score, comment = "x" }), opinion = "基本同意" });
        Assert.Contains("条文 4.2.1 的评分 11 超出范围（0 至 10）", await ProblemTextAsync(tooHigh), StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromDays(15));
        member = await ExpertAsync(app, members[0].Code);
        var late = await member.PostJsonAsync($"/api/v1/labels/reviews/{members[0].Id}", new { scores = items.Select(i => new { clause = i.Clause, score = i.Score }), opinion = "同意" });
        Assert.Contains("评审截止时间", await ProblemTextAsync(late), StringComparison.Ordinal);
        Assert.Contains("已过，不能再提交评分", await ProblemTextAsync(late), StringComparison.Ordinal);
        var conclude = await (await app.SignedInAs(Roles.ProvinceOfficer)).PostJsonAsync($"/api/v1/labels/panels/{panel.GetProperty("id").GetString()}/conclude", new { opinion = "x" });
        Assert.Contains("尚有专家未提交评分", await ProblemTextAsync(conclude), StringComparison.Ordinal);
    }
}

public sealed class LabelDrawTestsOnSqlite(SqliteApp app) : LabelDrawTests(app), IClassFixture<SqliteApp>;

public sealed class LabelDrawTestsOnPostgres(PostgresApp app) : LabelDrawTests(app), IClassFixture<PostgresApp>;
